import type { MouseEvent, ReactNode, Ref } from 'react';

interface EventLinkProps {
  /** The address of the page the link stands for: an event's own page, or the home page. */
  href: string;
  /** A plain click: the app chooses the event (or closes the details) in the page instead of loading another. */
  onChoose: () => void;
  className?: string | undefined;
  id?: string | undefined;
  'aria-label'?: string | undefined;
  ref?: Ref<HTMLAnchorElement> | undefined;
  children: ReactNode;
}

/** True for a plain click of the main button: not one the reader meant for a new tab or window. */
export function isPlainClick(
  click: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return click.button === 0 && !click.metaKey && !click.ctrlKey && !click.shiftKey && !click.altKey;
}

/**
 * A real link to a page the site prerenders (an event's own page, the home page), so it works without JavaScript
 * and opens in a new tab when asked; once the app runs, a plain click is handled in the page, with no load.
 */
export function EventLink({ href, onChoose, children, ...rest }: EventLinkProps) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(click) => {
        if (!isPlainClick(click)) return;
        click.preventDefault();
        onChoose();
      }}
    >
      {children}
    </a>
  );
}
