import { useAppStore } from '../../store/appStore';

/** Sets the selected actor's neighbours out on a ring around it, and puts them back. */
export function ArrangeControl() {
  const arranged = useAppStore((s) => s.arranged);
  const setArranged = useAppStore((s) => s.setArranged);
  return (
    <p className="arrange-control">
      <button type="button" className="btn" aria-pressed={arranged} onClick={() => setArranged(!arranged)}>
        {arranged ? 'Put the map back' : 'Arrange around'}
      </button>
      <span className="muted">
        {arranged
          ? 'Its neighbours are on a ring around it, grouped by kind of relation (key A).'
          : 'Sets its neighbours out on a ring around it, so every relation can be read (key A).'}
      </span>
    </p>
  );
}
