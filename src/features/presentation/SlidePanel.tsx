import { useMemo, useRef } from 'react';
import { formatPartialDate } from '../../domain/format';
import { pathSentence } from '../../domain/leverage/inWords';
import { slideCitations, slidePath, slideView, storySources } from '../../domain/story';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectLoaded, selectPresenting } from '../../store/selectors';
import { ExportButtons } from '../dataset/ExportButtons';
import { HandoutButton } from './HandoutButton';
import { SlideCitations } from './SlideCitations';
import { SlideKey } from './SlideKey';
import { SourcesSlide } from './SourcesSlide';
import { PresenterView } from './PresenterView';
import { PanelBoundary } from '../../app/PanelBoundary';
import { useFitToBox } from './useFitToBox';
import { usePresentationKeys } from './usePresentationKeys';
import { usePresenterWindow } from './usePresenterWindow';
import { exitFullscreen } from './useFullscreen';
import './presentation.css';

/** The slide beside the graph: title, text, claims with footnotes, notes and controls. */
export function SlidePanel() {
  const presenting = useAppStore(selectPresenting);
  const loaded = useAppStore(selectLoaded);
  const index = useAppStore(selectIndex);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const stopPresenting = useAppStore((s) => s.stopPresenting);
  const { presenter, toggle: togglePresenter } = usePresenterWindow();
  const story = loaded?.dataset.stories.find((s) => s.id === presenting?.storyId);
  usePresentationKeys(story?.slides.length ?? 0, togglePresenter, presenter.popup);
  const body = useRef<HTMLDivElement>(null);
  useFitToBox(body, `${presenting?.storyId}:${presenting?.slide}:${presenter.blocked}`);
  const sources = useMemo(() => (index && story ? storySources(index, story) : []), [index, story]);
  if (!presenting || !story || !index) return null;

  const count = story.slides.length;
  const atSources = presenting.slide >= count;
  const slide = atSources ? undefined : story.slides[presenting.slide];
  const citations = atSources ? [] : slideCitations(index, story, presenting.slide);
  // A slide that shows a leverage path claims each of its steps, with their quotes.
  const path = slide ? slidePath(index, slide) : null;
  const claimed = slide
    ? [...slide.highlight, ...(path?.hops.map((hop) => hop.lever.relation.id) ?? [])]
    : [];
  const position = atSources ? 'Sources' : `Slide ${presenting.slide + 1} of ${count}`;
  const exit = () => {
    exitFullscreen();
    stopPresenting();
  };

  return (
    <aside className="slide-panel" aria-label="Slide">
      <header className="slide-header">
        <span className="slide-story">{story.title}</span>
        <span className="slide-position">{position}</span>
        <progress
          className="slide-progress"
          max={count + 1}
          value={presenting.slide + 1}
          aria-label={`${position}, ${story.title}`}
        />
      </header>
      <div ref={body} className="slide-body" aria-live="polite">
        {slide ? (
          <>
            <h2 className="slide-title">{slide.title}</h2>
            {slide.asOf && <p className="slide-asof">The map as of {formatPartialDate(slide.asOf)}</p>}
            <p className="slide-text">{slide.text}</p>
            {path && (
              <p className="slide-path">
                <strong>Leverage path:</strong> {pathSentence(index, path)}
              </p>
            )}
            <SlideCitations index={index} highlight={claimed} citations={citations} compact />
            <SlideKey index={index} relationIds={slideView(index, story, presenting.slide).relations} />
            {presenter.blocked && (
              <section className="slide-notes" aria-label="Presenter notes">
                <h3>Notes</h3>
                <p className="muted">
                  The browser blocked the presenter window, so the notes are here, where the room can see
                  them. Allow pop-ups for this page and press S again for a window of your own.
                </p>
                <p>{slide.notes ?? 'No notes for this slide.'}</p>
              </section>
            )}
          </>
        ) : (
          <SourcesSlide index={index} sourceIds={sources} />
        )}
      </div>
      <footer className="slide-controls">
        <div className="slide-nav">
          <button
            type="button"
            className="btn"
            disabled={presenting.slide === 0}
            onClick={() => goToSlide(presenting.slide - 1)}
            aria-label="Previous slide"
          >
            ← Previous
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={atSources}
            onClick={() => goToSlide(presenting.slide + 1)}
            aria-label="Next slide"
          >
            Next →
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={presenter.popup !== null}
            onClick={togglePresenter}
            title="Your notes, the next slide and a clock, in a window of their own for your screen"
          >
            Presenter view (S)
          </button>
          <button type="button" className="btn" onClick={exit}>
            Exit (Esc)
          </button>
        </div>
        <div className="slide-export">
          <span className="muted">Export:</span>
          <ExportButtons
            baseName={`${story.id}-${atSources ? 'sources' : `slide-${presenting.slide + 1}`}`}
          />
          <HandoutButton storyId={story.id} />
        </div>
      </footer>
      {presenter.container && (
        <PanelBoundary name="Presenter view" compact>
          <PresenterView container={presenter.container} story={story} slide={presenting.slide} />
        </PanelBoundary>
      )}
    </aside>
  );
}
