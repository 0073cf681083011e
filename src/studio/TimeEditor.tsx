import { useContext } from 'react';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { EventId, EventTime, ZoneName } from '../data/schema.ts';
import { describeEventTime } from '../time/describeEventTime.ts';
import { CheckboxField, getFieldId, ListPicker, ProblemsContext, SelectField, TextField } from './fields.tsx';
import type { Option } from './fields.tsx';
import type { FileEventTime } from './studioModel.ts';
import { fromZonedInputValue, toZonedInputValue } from './zonedInput.ts';

interface InstantFieldProps {
  path: string;
  label: string;
  value: string | undefined;
  zone: string;
  onChange: (instant: string) => void;
  onClear?: () => void;
}

/** An instant edited as a date and time on the wall clock of the event's zone. */
function InstantField({ path, label, value, zone, onChange, onClear }: InstantFieldProps) {
  const id = getFieldId(path);
  const problems = useContext(ProblemsContext).get(path) ?? [];
  const problemsId = `${id}-problems`;
  return (
    <div className={`studio-field${problems.length > 0 ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="studio-zone">({zone} time)</span>
      </label>
      <div className="studio-id-row">
        <input
          id={id}
          type="datetime-local"
          value={toZonedInputValue(value, zone)}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? problemsId : undefined}
          onChange={(e) => {
            const instant = fromZonedInputValue(e.target.value, zone);
            if (instant !== undefined) onChange(instant);
          }}
        />
        {onClear !== undefined && value !== undefined && (
          <button type="button" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul id={problemsId} className="studio-field-problems">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const KIND_OPTIONS: Option[] = [
  { value: 'exact', label: 'Exact: the report gives the minute' },
  { value: 'approximate', label: 'Approximate: about an hour, a part of a day, a day' },
  { value: 'interval', label: 'Window: between two times' },
  { value: 'order', label: 'Order only: after or before other events' },
];

const BASIS_OPTIONS: Option[] = [
  { value: 'stated', label: 'Stated by the report' },
  { value: 'derived', label: 'Worked out from a time the report states' },
  { value: 'inferred', label: 'Inferred from vague words (“several hours”)' },
  { value: 'context', label: 'Added from outside the report' },
];

const PRECISION_OPTIONS: Option[] = [
  { value: 'hour', label: 'About an hour' },
  { value: 'part-of-day', label: 'A part of the day (morning, night)' },
  { value: 'day', label: 'Some time on a day' },
];

/** Some instant the time gives, to start a new kind of time from. */
function getAnyInstant(time: FileEventTime): string | undefined {
  switch (time.kind) {
    case 'exact':
    case 'approximate':
      return time.at;
    case 'interval':
      return time.best ?? time.earliest;
    case 'order':
      return time.notBefore;
  }
}

/** The time converted to another kind, keeping what it knew (how it is known, and an instant). */
function convertTime(time: FileEventTime, kind: FileEventTime['kind'], fallback: string): FileEventTime {
  const { basis, known } = time;
  const at = getAnyInstant(time) ?? fallback;
  const hourLater = new Date(Date.parse(at) + 3_600_000).toISOString();
  switch (kind) {
    case 'exact':
      return { kind, at, basis, known };
    case 'approximate':
      return { kind, at, earliest: at, latest: hourLater, precision: 'hour', basis, known };
    case 'interval':
      return { kind, earliest: at, latest: hourLater, spans: false, basis, known };
    case 'order':
      return { kind, after: [], before: [], basis, known };
  }
}

interface TimeEditorProps {
  /** The path of the time, `events[3].time`. */
  path: string;
  time: FileEventTime;
  zone: string;
  /** The other events, for order constraints. */
  eventOptions: readonly Option[];
  getTitle: (id: string) => string;
  /** An instant to start a newly dated time from (a neighbour's). */
  fallbackInstant: string;
  onChange: (time: FileEventTime) => void;
}

/** The time in words, as the reader's page will say it; nothing when the time cannot be read yet. */
function describeDraftTime(time: FileEventTime, zone: string, getTitle: (id: string) => string): string | undefined {
  try {
    const instants = [
      'at' in time ? time.at : undefined,
      'earliest' in time ? time.earliest : undefined,
      'latest' in time ? time.latest : undefined,
    ];
    if (instants.some((i) => i !== undefined && Number.isNaN(Date.parse(i)))) return undefined;
    return describeEventTime(time as DeepReadonly<EventTime>, zone as ZoneName, (id: EventId) => getTitle(id)).text;
  } catch {
    return undefined;
  }
}

/** The four kinds of time, each with its own fields, in the event's zone. */
export function TimeEditor({ path, time, zone, eventOptions, getTitle, fallbackInstant, onChange }: TimeEditorProps) {
  const described = describeDraftTime(time, zone, getTitle);
  const problems = useContext(ProblemsContext).get(path) ?? [];
  return (
    <fieldset className="studio-time" id={getFieldId(path)} tabIndex={-1}>
      <legend>When</legend>
      <SelectField
        path={`${path}.kind`}
        label="What the report gives"
        value={time.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => {
          onChange(convertTime(time, kind as FileEventTime['kind'], fallbackInstant));
        }}
      />
      {time.kind === 'exact' && (
        <InstantField
          path={`${path}.at`}
          label="At"
          value={time.at}
          zone={zone}
          onChange={(at) => {
            onChange({ ...time, at });
          }}
        />
      )}
      {time.kind === 'approximate' && (
        <>
          <SelectField
            path={`${path}.precision`}
            label="How coarse"
            value={time.precision}
            options={PRECISION_OPTIONS}
            onChange={(precision) => {
              onChange({ ...time, precision: precision as typeof time.precision });
            }}
          />
          <InstantField
            path={`${path}.at`}
            label="Best estimate"
            value={time.at}
            zone={zone}
            onChange={(at) => {
              onChange({ ...time, at });
            }}
          />
          <InstantField
            path={`${path}.earliest`}
            label="Earliest"
            value={time.earliest}
            zone={zone}
            onChange={(earliest) => {
              onChange({ ...time, earliest });
            }}
          />
          <InstantField
            path={`${path}.latest`}
            label="Latest"
            value={time.latest}
            zone={zone}
            onChange={(latest) => {
              onChange({ ...time, latest });
            }}
          />
        </>
      )}
      {time.kind === 'interval' && (
        <>
          <InstantField
            path={`${path}.earliest`}
            label="From"
            value={time.earliest}
            zone={zone}
            onChange={(earliest) => {
              onChange({ ...time, earliest });
            }}
          />
          <InstantField
            path={`${path}.latest`}
            label="To"
            value={time.latest}
            zone={zone}
            onChange={(latest) => {
              onChange({ ...time, latest });
            }}
          />
          <InstantField
            path={`${path}.best`}
            label="Best estimate (optional)"
            value={time.best}
            zone={zone}
            onChange={(best) => {
              onChange({ ...time, best });
            }}
            onClear={() => {
              const { best: _best, ...rest } = time;
              onChange(rest);
            }}
          />
          <CheckboxField
            path={`${path}.spans`}
            label="It lasted the whole window (a siege), rather than happening at some moment inside it"
            checked={time.spans}
            onChange={(spans) => {
              onChange({ ...time, spans });
            }}
          />
        </>
      )}
      {time.kind === 'order' && (
        <>
          <ListPicker
            path={`${path}.after`}
            label="After"
            values={time.after}
            options={eventOptions}
            onChange={(after) => {
              onChange({ ...time, after });
            }}
          />
          <ListPicker
            path={`${path}.before`}
            label="Before"
            values={time.before}
            options={eventOptions}
            onChange={(before) => {
              onChange({ ...time, before });
            }}
          />
          <InstantField
            path={`${path}.notBefore`}
            label="Not before (optional floor the words give)"
            value={time.notBefore}
            zone={zone}
            onChange={(notBefore) => {
              onChange({ ...time, notBefore });
            }}
            onClear={() => {
              const { notBefore: _floor, ...rest } = time;
              onChange(rest);
            }}
          />
        </>
      )}
      <SelectField
        path={`${path}.basis`}
        label="How the time is known"
        value={time.basis}
        options={BASIS_OPTIONS}
        onChange={(basis) => {
          onChange({ ...time, basis: basis as FileEventTime['basis'] });
        }}
      />
      <TextField
        path={`${path}.known`}
        label="In a short phrase"
        hint="For example: 9.20pm local time, per witnesses."
        value={time.known}
        maxLength={200}
        onChange={(known) => {
          onChange({ ...time, known });
        }}
      />
      {problems.length > 0 && <p className="studio-field-problems">{problems.join('; ')}</p>}
      <p className="studio-reads-as">
        <strong>Reads as:</strong> {described ?? 'not yet a time the page can show.'}
      </p>
    </fieldset>
  );
}
