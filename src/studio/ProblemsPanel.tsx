import type { TimelineProblem } from '../data/parseTimeline.ts';

/** The most problems listed at once; the count still says how many there are. */
const MAX_LISTED = 100;

/** "Event “Gunmen enter” · time.latest": where a problem is, in words. */
function describeWhere(problem: TimelineProblem): { record: string; field: string } {
  const match = /^(events|entities|figures|categories|corrections|retired|documents)\[(\d+)\]\.?(.*)$/.exec(
    problem.path,
  );
  const kinds: Record<string, string> = {
    events: 'Event',
    entities: 'Entity',
    figures: 'Figure',
    categories: 'Category',
    corrections: 'Correction',
    retired: 'Retired id',
    documents: 'Document',
  };
  if (match === null) {
    if (problem.path.startsWith('meta')) return { record: 'About the timeline', field: problem.path.slice(5) };
    return { record: problem.path === '' ? 'The whole file' : problem.path, field: '' };
  }
  const [, collection = '', index = '0', field = ''] = match;
  const name = problem.recordId === undefined ? `${Number(index) + 1}` : `“${problem.recordId}”`;
  return { record: `${kinds[collection] ?? collection} ${name}`, field };
}

interface ProblemsPanelProps {
  problems: readonly TimelineProblem[];
  onGo: (problem: TimelineProblem) => void;
}

/** Every problem the build would report, and the studio's own, each a button that goes to its field. */
export function ProblemsPanel({ problems, onGo }: ProblemsPanelProps) {
  return (
    <div className="studio-problems">
      {problems.length === 0 ? (
        <p className="studio-ok">No problems: the build accepts this timeline.</p>
      ) : (
        <ul>
          {problems.slice(0, MAX_LISTED).map((problem, i) => {
            const { record, field } = describeWhere(problem);
            return (
              <li key={`${problem.path}-${problem.message}-${i}`}>
                <button
                  type="button"
                  className="studio-problem"
                  onClick={() => {
                    onGo(problem);
                  }}
                >
                  <span className="studio-problem-where">
                    {record}
                    {field === '' ? '' : ` · ${field}`}
                  </span>
                  <span className="studio-problem-message">{problem.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {problems.length > MAX_LISTED && <p>And {problems.length - MAX_LISTED} more: fix these first.</p>}
    </div>
  );
}
