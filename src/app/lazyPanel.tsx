import { useState, type ComponentType } from 'react';
import { PanelBoundary } from './PanelBoundary';
import { retryable } from './retryable';
import { useLazyModule } from './useLazyModule';

/**
 * A panel whose code is fetched the first time it is wanted (a dialog opened, a handout
 * asked for), then kept mounted. Unlike React.lazy it keeps no failed fetch: if the code
 * cannot be fetched it says so, with "Try again". It sits in its own error boundary.
 */
export function lazyPanel(
  name: string,
  load: () => Promise<ComponentType>,
): ComponentType<{ when: boolean }> {
  const fetchPanel = retryable(load);
  return function LazyPanel({ when }) {
    const [wanted, setWanted] = useState(when);
    if (when && !wanted) setWanted(true);
    const { module: Panel, failed, retry } = useLazyModule(fetchPanel, wanted);
    if (failed)
      return (
        <div role="alert" className="panel-crash compact">
          <p>{name} could not be loaded. Check your connection, then try again.</p>
          <button type="button" className="btn btn-primary" onClick={retry}>
            Try again
          </button>
        </div>
      );
    if (!Panel) return null;
    return (
      <PanelBoundary name={name} compact>
        <Panel />
      </PanelBoundary>
    );
  };
}
