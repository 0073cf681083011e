import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, in words: "The chart", "The event's details". */
  what: string;
  /** Clears the view (and the link's state) and tries again. */
  onReset: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | undefined;
}

/**
 * Keeps one part of the page from blanking the rest: shows what failed and offers
 * "Reset view", which clears the view kept in the link and tries again. React's
 * error boundaries must be classes.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed:`, error, info.componentStack);
  }

  private readonly reset = () => {
    this.props.onReset();
    this.setState({ error: undefined });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <p className="error-boundary-title">{this.props.what} could not be shown.</p>
        <p className="error-boundary-detail">What went wrong: {error.message}</p>
        <p>The chronology and the rest of the page still work.</p>
        <button type="button" className="error-boundary-reset" onClick={this.reset}>
          Reset view
        </button>
      </div>
    );
  }
}
