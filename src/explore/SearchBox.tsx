import { useEffect, useRef } from 'react';

interface SearchBoxProps {
  query: string;
  /** How many events match, or undefined when nothing is searched. */
  matchCount: number | undefined;
  total: number;
  onChange: (query: string) => void;
}

/** Inputs that take a "/" as text; a checkbox or a radio button does not. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

function isTyping(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** A visible search box: "/" focuses it from anywhere, Escape clears it; the number of matches is shown and announced. */
export function SearchBox({ query, matchCount, total, onChange }: SearchBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const result =
    matchCount === undefined
      ? ''
      : matchCount === 0
        ? 'No event matches your search.'
        : `${matchCount} of ${total} events match your search; they are highlighted.`;

  return (
    <search className="search-box">
      <label className="search-box-label visually-hidden-on-phone" htmlFor="event-search">
        Search events <kbd>/</kbd>
      </label>
      <div className="search-box-row">
        <input
          ref={inputRef}
          id="event-search"
          type="search"
          value={query}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="event-search-result"
          placeholder="Name or place"
          onChange={(event) => {
            onChange(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              event.stopPropagation();
              onChange('');
            }
          }}
        />
      </div>
      <p id="event-search-result" className="search-box-result" role="status">
        {result}
      </p>
    </search>
  );
}
