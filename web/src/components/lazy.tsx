import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBox, Loading } from './status.js';

/** A view whose code (and heavy libraries: Cytoscape, Plot, map boundaries) loads only when first shown. */
export function lazyView<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return function Lazy(props: P) {
    const [view, setView] = useState<FunctionComponent<P> | null>(() => loaded);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (loaded) return;
      load().then((v) => { loaded = v; setView(() => v); }, setError);
    }, []);
    if (error) return <ErrorBox error={error} />;
    if (!view) return <Loading />;
    const View = view;
    return <View {...props} />;
  };
}
