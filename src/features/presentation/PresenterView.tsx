import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Story } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * What only the speaker sees, drawn into the presenter window: where they are, the notes for
 * this slide in large type, what comes next, the time since they started, and the keys.
 */
export function PresenterView({
  container,
  story,
  slide,
}: {
  container: HTMLElement;
  story: Story;
  slide: number;
}) {
  const goToSlide = useAppStore((s) => s.goToSlide);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const count = story.slides.length;
  const current = story.slides[slide];
  const next = slide + 1 < count ? story.slides[slide + 1]?.title : slide + 1 === count ? 'Sources' : null;
  return createPortal(
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter-bar">
        <span>{story.title}</span>
        <strong>{current ? `Slide ${slide + 1} of ${count}` : 'Sources'}</strong>
        {/* A timer, so its name is read (a plain span's aria-label is ignored); it is not live. */}
        <span className="presenter-clock" role="timer" aria-label="Time presenting">
          {clock(now - started)}
        </span>
      </header>
      <section className="presenter-main" aria-label="Notes">
        <h1>{current?.title ?? 'Sources'}</h1>
        {current?.notes ? (
          <p className="presenter-notes">{current.notes}</p>
        ) : (
          <p className="presenter-notes presenter-empty">No notes for this slide.</p>
        )}
        <p className="presenter-next">{next ? `Next: ${next}` : 'This is the last slide.'}</p>
      </section>
      <footer className="presenter-controls">
        <button type="button" disabled={slide === 0} onClick={() => goToSlide(slide - 1)}>
          ← Previous
        </button>
        <button
          type="button"
          className="primary"
          disabled={slide >= count}
          onClick={() => goToSlide(slide + 1)}
        >
          Next →
        </button>
        <span className="presenter-bar">→ / Space next · ← back · S closes this window · Esc ends</span>
      </footer>
    </main>,
    container,
  );
}
