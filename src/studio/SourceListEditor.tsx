import { useContext } from 'react';
import { CheckboxField, getFieldId, ProblemsContext, SelectField } from './fields.tsx';
import type { Option } from './fields.tsx';
import type { DraftSource, StudioDocument } from './studioModel.ts';

interface SourceListEditorProps {
  /** The path of the record, `events[3]`; its citations are at `.sources`. */
  path: string;
  sources: readonly DraftSource[];
  documents: readonly StudioDocument[];
  speakerOptions: readonly Option[];
  onChange: (sources: DraftSource[]) => void;
}

/**
 * A record's citations. The excerpt cannot be typed: it is what the author selected in the document, so it is
 * verbatim by construction. Who said it and whether the report hedges it can be changed.
 */
export function SourceListEditor({ path, sources, documents, speakerOptions, onChange }: SourceListEditorProps) {
  const problems = useContext(ProblemsContext);
  const listPath = `${path}.sources`;
  const listProblems = problems.get(listPath) ?? [];
  const update = (index: number, source: DraftSource) => {
    onChange(sources.map((s, i) => (i === index ? source : s)));
  };
  return (
    <section className="studio-sources-list" aria-labelledby={`${getFieldId(listPath)}-heading`}>
      <h4 id={`${getFieldId(listPath)}-heading`}>Citations</h4>
      <div id={getFieldId(listPath)} tabIndex={-1}>
        {sources.length === 0 ? (
          <p className="studio-empty">Nothing cited yet. Select words in the report on the left, then choose “Cite”.</p>
        ) : (
          <ol>
            {sources.map((source, i) => {
              const base = `${listPath}[${i}]`;
              const document = documents.find((d) => d.id === source.document);
              const here = [
                ...(problems.get(base) ?? []),
                ...(problems.get(`${base}.excerpt`) ?? []),
                ...(problems.get(`${base}.paragraph`) ?? []),
                ...(problems.get(`${base}.document`) ?? []),
              ];
              return (
                <li key={`${source.document}-${source.paragraph}-${source.excerpt}-${i}`} className="studio-citation">
                  <blockquote id={getFieldId(`${base}.excerpt`)} tabIndex={-1}>
                    “{source.excerpt}”
                  </blockquote>
                  <p className="studio-citation-where" id={getFieldId(`${base}.paragraph`)} tabIndex={-1}>
                    Paragraph {source.paragraph} of {document?.title ?? source.document}
                  </p>
                  {here.length > 0 && (
                    <ul className="studio-field-problems">
                      {here.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                  <SelectField
                    path={`${base}.saidBy`}
                    label="Said by"
                    value={source.saidBy ?? ''}
                    options={speakerOptions}
                    onChange={(saidBy) => {
                      const { saidBy: _old, ...rest } = source;
                      update(i, saidBy === '' ? rest : { ...rest, saidBy });
                    }}
                  />
                  <CheckboxField
                    path={`${base}.hedged`}
                    label="The report hedges it (“believed to be”)"
                    checked={source.hedged === true}
                    onChange={(hedged) => {
                      const { hedged: _old, ...rest } = source;
                      update(i, hedged ? { ...rest, hedged } : rest);
                    }}
                  />
                  <button
                    type="button"
                    onClick={() => {
                      onChange(sources.filter((_, j) => j !== i));
                    }}
                  >
                    Remove this citation
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        {listProblems.length > 0 && <p className="studio-field-problems">{listProblems.join('; ')}</p>}
      </div>
    </section>
  );
}
