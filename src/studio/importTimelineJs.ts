/**
 * Imports TimelineJS's own formats: its JSON (`{ title, events: [{ start_date, end_date, text, group }] }`) and
 * its Google Sheets template saved as CSV (Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 * Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background).
 * Nothing is cited: TimelineJS has no citations, so every event waits for the author to cite the report.
 */
import type { ImportedEvent, ImportResult } from './importedTimeline.ts';
import { parseCsv, toRecords } from './parseCsv.ts';
import type { DateParts } from './timelineJsDates.ts';
import { formatDateParts, readDateParts, toEventTime } from './timelineJsDates.ts';
import { toPlainText } from './toPlainText.ts';

/** The most events an import may hold. */
export const MAX_IMPORTED_EVENTS = 50_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(value: unknown): string {
  return typeof value === 'string' ? toPlainText(value) : '';
}

interface SlideFields {
  start: DateParts | string;
  end?: DateParts | string;
  headline: string;
  text: string;
  group?: string;
  uniqueId?: string;
  displayDate?: string;
  hasMedia: boolean;
}

/** One slide (or spreadsheet row) as an event; a warning names what could not be used. */
function toImportedEvent(
  slide: SlideFields,
  label: string,
  zone: string,
  from: string,
): { event?: ImportedEvent; warnings: string[] } {
  const warnings: string[] = [];
  if (typeof slide.start === 'string')
    return { warnings: [`${label} was left out: its start date is unusable (${slide.start})`] };
  let end: DateParts | undefined;
  if (typeof slide.end === 'string')
    warnings.push(`${label}: its end date is unusable (${slide.end}) and was left out`);
  else end = slide.end;
  const { time, warning } = toEventTime(slide.start, end, zone, from);
  if (warning !== undefined) warnings.push(`${label}: ${warning}`);
  if (slide.hasMedia)
    warnings.push(`${label}: its media were not imported (a timeline of ours cites words, not pictures)`);
  const written =
    end === undefined ? formatDateParts(slide.start) : `${formatDateParts(slide.start)} to ${formatDateParts(end)}`;
  const notes = [`${from} gave the date as ${written}.`];
  if (slide.displayDate !== undefined && slide.displayDate !== '')
    notes.push(`It displayed the date as “${slide.displayDate}”.`);
  const event: ImportedEvent = {
    title: slide.headline === '' ? slide.text.slice(0, 80) || 'Untitled event' : slide.headline,
    summary: slide.text,
    time,
    notes,
    ...(slide.group === undefined || slide.group === '' ? {} : { group: slide.group }),
    ...(slide.uniqueId === undefined || slide.uniqueId === '' ? {} : { suggestedId: slide.uniqueId }),
  };
  return { event, warnings };
}

/** Reads TimelineJS JSON (already parsed by the strict reader). */
export function importTimelineJsJson(value: unknown, zone: string): ImportResult {
  if (!isRecord(value) || !Array.isArray(value.events)) {
    return { ok: false, message: 'this is not TimelineJS JSON: it has no "events" list' };
  }
  if (value.events.length > MAX_IMPORTED_EVENTS) {
    return {
      ok: false,
      message: `the file has ${value.events.length} events; an import may have at most ${MAX_IMPORTED_EVENTS}`,
    };
  }
  const warnings: string[] = [];
  const events: ImportedEvent[] = [];
  value.events.forEach((slide: unknown, i) => {
    const label = `Event ${i + 1}`;
    if (!isRecord(slide)) {
      warnings.push(`${label} was left out: it is not an object`);
      return;
    }
    const text = isRecord(slide.text) ? slide.text : {};
    const start = isRecord(slide.start_date) ? readDateParts(slide.start_date) : 'it has no start_date';
    const end = isRecord(slide.end_date) ? readDateParts(slide.end_date) : undefined;
    const displayDate =
      typeof slide.display_date === 'string'
        ? slide.display_date
        : isRecord(slide.start_date) && typeof slide.start_date.display_date === 'string'
          ? slide.start_date.display_date
          : undefined;
    const result = toImportedEvent(
      {
        start,
        ...(end === undefined ? {} : { end }),
        headline: readText(text.headline),
        text: readText(text.text),
        ...(typeof slide.group === 'string' ? { group: toPlainText(slide.group) } : {}),
        ...(typeof slide.unique_id === 'string' ? { uniqueId: slide.unique_id } : {}),
        ...(displayDate === undefined ? {} : { displayDate: toPlainText(displayDate) }),
        hasMedia: isRecord(slide.media),
      },
      `${label} (“${readText(text.headline)}”)`,
      zone,
      'TimelineJS',
    );
    warnings.push(...result.warnings);
    if (result.event !== undefined) events.push(result.event);
  });
  if (Array.isArray(value.eras) && value.eras.length > 0)
    warnings.push('Eras were not imported: add them as events if they matter.');
  const title = isRecord(value.title) && isRecord(value.title.text) ? value.title.text : undefined;
  return {
    ok: true,
    imported: {
      events,
      warnings,
      ...(title === undefined ? {} : { title: readText(title.headline), description: readText(title.text) }),
    },
  };
}

/** "21:20", "9:20 PM", "21:20:00", "9pm" as hour and minute; undefined when blank, a message when unreadable. */
export function readClock(value: string): { hour: number; minute?: number } | undefined | string {
  const text = value.trim();
  if (text === '') return undefined;
  const match = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i.exec(text);
  if (match === null) return `the time "${text}" is not one such as 21:20 or 9:20 PM`;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? undefined : Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return `the time "${text}" has no such hour`;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || (minute !== undefined && minute > 59)) return `the time "${text}" has no such hour or minute`;
  return minute === undefined ? { hour } : { hour, minute };
}

function readRowDate(row: Map<string, string>, prefix: '' | 'end '): DateParts | string | undefined {
  const year = row.get(`${prefix}year`) ?? '';
  if (year === '') return prefix === '' ? 'it has no year' : undefined;
  const clock = readClock(row.get(`${prefix}time`) ?? '');
  if (typeof clock === 'string') return clock;
  return readDateParts({
    year,
    month: row.get(`${prefix}month`),
    day: row.get(`${prefix}day`),
    hour: clock?.hour,
    minute: clock?.minute,
  });
}

/** Reads the TimelineJS spreadsheet template, saved as CSV. */
export function importTimelineJsCsv(text: string, zone: string): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { header, records } = toRecords(parsed.rows);
  if (!header.includes('year') || !header.includes('headline')) {
    return { ok: false, message: 'this is not the TimelineJS template: it has no "Year" and "Headline" columns' };
  }
  if (records.length > MAX_IMPORTED_EVENTS) {
    return {
      ok: false,
      message: `the file has ${records.length} rows; an import may have at most ${MAX_IMPORTED_EVENTS}`,
    };
  }
  const warnings: string[] = [];
  const events: ImportedEvent[] = [];
  let title: string | undefined;
  let description: string | undefined;
  records.forEach((row, i) => {
    const type = (row.get('type') ?? '').toLowerCase();
    const headline = toPlainText(row.get('headline') ?? '');
    const body = toPlainText(row.get('text') ?? '');
    const label = `Row ${i + 2} (“${headline}”)`;
    if (type === 'title') {
      title = headline;
      description = body;
      return;
    }
    if (type === 'era') {
      warnings.push(`${label} is an era and was not imported: add it as an event if it matters`);
      return;
    }
    const end = readRowDate(row, 'end ');
    const displayDate = toPlainText(row.get('display date') ?? '');
    const group = toPlainText(row.get('group') ?? '');
    const result = toImportedEvent(
      {
        start: readRowDate(row, '') ?? 'it has no year',
        ...(end === undefined ? {} : { end }),
        headline,
        text: body,
        ...(group === '' ? {} : { group }),
        ...(displayDate === '' ? {} : { displayDate }),
        hasMedia: (row.get('media') ?? '') !== '',
      },
      label,
      zone,
      'the TimelineJS spreadsheet',
    );
    warnings.push(...result.warnings);
    if (result.event !== undefined) events.push(result.event);
  });
  return {
    ok: true,
    imported: {
      events,
      warnings,
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
    },
  };
}
