import type { DeepReadonly } from '../data/deepFreeze.ts';
import { getNameInSentence } from '../shared/describeStatus.ts';
import { glossExcerpt } from '../data/glossExcerpt.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Source } from '../data/schema.ts';
import { describeParagraph, getDocumentName } from './describeDocument.ts';

interface SourceListProps {
  sources: readonly DeepReadonly<Source>[];
  index: TimelineIndex;
}

/** What the report says: each excerpt with its paragraph, the document it is in, and who gave it. */
export function SourceList({ sources, index }: SourceListProps) {
  return (
    <ul className="source-list">
      {sources.map((source) => {
        const speaker = source.saidBy === undefined ? undefined : index.getEntity(source.saidBy);
        const documentName = getDocumentName(source.document, index.timeline);
        return (
          <li key={`${source.document}:${source.paragraph}:${source.excerpt}`} className="source-list-item">
            <blockquote className="source-list-excerpt">
              <p>{source.excerpt}</p>
            </blockquote>
            <p className="source-list-citation">
              {describeParagraph(source, index.timeline)}
              {speaker === undefined ? ', in its own words' : `, attributed to ${getNameInSentence(speaker)}`}
              {source.hedged === true ? ` (hedged by ${documentName})` : ''}
            </p>
            {glossExcerpt(source.excerpt).map((gloss) => (
              <p key={gloss} className="source-list-gloss">
                {gloss}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
