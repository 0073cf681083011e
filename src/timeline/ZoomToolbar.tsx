interface ZoomToolbarProps {
  /** False until the app runs: the prerendered buttons are disabled, not dead. */
  isLive: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  isAtStart: boolean;
  isAtEnd: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onEarlier: () => void;
  onLater: () => void;
}

/** The chart's zoom and pan buttons; each says by being disabled when it can go no further. */
export function ZoomToolbar(props: ZoomToolbarProps) {
  const { isLive } = props;
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Zoom and pan">
      <button type="button" onClick={props.onZoomIn} disabled={!isLive || !props.canZoomIn}>
        Zoom in
      </button>
      <button type="button" onClick={props.onZoomOut} disabled={!isLive || !props.canZoomOut}>
        Zoom out
      </button>
      <button type="button" onClick={props.onFit} disabled={!isLive || !props.canZoomOut}>
        Fit all
      </button>
      {/* On a phone only the arrows show; the name keeps the word. */}
      <button type="button" onClick={props.onEarlier} disabled={!isLive || props.isAtStart} aria-label="← Earlier">
        ← <span className="timeline-toolbar-word">Earlier</span>
      </button>
      <button type="button" onClick={props.onLater} disabled={!isLive || props.isAtEnd} aria-label="Later →">
        <span className="timeline-toolbar-word">Later</span> →
      </button>
    </div>
  );
}
