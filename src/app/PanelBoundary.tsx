import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Faults injected by the browser tests, by panel name: `window.__leverageMapFaults` holding
 * "Details" makes the Details panel throw as it draws. Nothing sets it in normal use.
 */
declare global {
  interface Window {
    __leverageMapFaults?: string[];
  }
}

function InjectedFault({ panel }: { panel: string }) {
  if (window.__leverageMapFaults?.includes(panel)) throw new Error(`a fault injected into ${panel}`);
  return null;
}

interface Props {
  /** The panel's name as the user sees it ("Details", "Relation list"). */
  name: string;
  children: ReactNode;
  /** The panel's own class, so the message keeps the panel's place in the layout. */
  className?: string;
  /** A small notice in the corner instead, for a panel with no place of its own (a dialog). */
  compact?: boolean;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this panel", so the panel mounts afresh. */
  generation: number;
}

/**
 * One panel's crash stays in that panel: it shows what went wrong and "Reload this panel",
 * while the graph and every other panel go on working.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Leverage Map: the ${this.props.name} panel crashed`, error, info.componentStack);
  }

  private reload = () => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render() {
    const { name, children, compact, className } = this.props;
    const { error, generation } = this.state;
    if (!error)
      return (
        <PanelGeneration key={generation}>
          <InjectedFault panel={name} />
          {children}
        </PanelGeneration>
      );
    const message = (
      <div role="alert" className={compact ? 'panel-crash compact' : 'panel-crash'}>
        <p>
          <strong>{name}</strong> hit a bug and stopped: <code>{error.message}</code>
        </p>
        <p className="muted">The map and the other panels still work.</p>
        <button type="button" className="btn btn-primary" onClick={this.reload}>
          Reload this panel
        </button>
      </div>
    );
    return className ? (
      <aside className={className} aria-label={name}>
        {message}
      </aside>
    ) : (
      message
    );
  }
}

/** A keyed fragment: a new key mounts the panel anew, with fresh state. */
function PanelGeneration({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
