import { Chronology } from '../chronology/Chronology.tsx';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import { DHAKA } from '../time/zones.ts';

interface AppProps {
  index: TimelineIndex;
}

/** The page: what this is, the content note, the chronology, and where it all comes from. */
export function App({ index }: AppProps) {
  const { meta, categories } = index.timeline;
  return (
    <>
      <a className="skip-link" href="#chronology">
        Skip to the chronology
      </a>
      <header className="app-header">
        <p className="app-kicker">A sourced timeline of one news report</p>
        <h1 className="app-title">{meta.title}</h1>
        <p className="app-description">{meta.description}</p>
        <p className="app-content-note" role="note">
          <strong>Content note.</strong> {meta.contentNote}
        </p>
      </header>
      <main className="app-main">
        <section className="app-section" aria-labelledby="chronology">
          <h2 id="chronology" tabIndex={-1}>
            Chronology
          </h2>
          <p className="app-section-intro">
            {index.events.length} events in the order they happened, with times in Dhaka time. The report gives one
            clock time; where it is vaguer, so is this timeline.
          </p>
          <Chronology index={index} zone={DHAKA} />
        </section>
      </main>
      <footer className="app-footer">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About this timeline</h2>
          <p>
            Every event, person, place and figure here comes from one news report and cites the paragraph it comes from.
            Summaries are in our words; quoted passages are the report’s. The report’s newsletter prompt and a bare
            section heading are page furniture and are left out.
          </p>
          <h3>Categories</h3>
          <dl className="app-categories">
            {categories.map((category) => (
              <div key={category.id}>
                <dt>{category.label}</dt>
                <dd>{category.description}</dd>
              </div>
            ))}
          </dl>
          <h3>Added from outside the report</h3>
          <ul>
            {meta.context.map((note) => (
              <li key={note.statement}>
                {note.statement} {note.why}
              </li>
            ))}
          </ul>
        </section>
      </footer>
    </>
  );
}
