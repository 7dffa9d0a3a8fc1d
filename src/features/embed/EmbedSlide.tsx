import { useMemo } from 'react';
import { slideCitations, slidePath, storySources } from '../../domain/story';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectLoaded, selectPresenting } from '../../store/selectors';
import { SlideCitations } from '../presentation/SlideCitations';
import { SourcesSlide } from '../presentation/SourcesSlide';
import { OpenInAppLink } from './OpenInAppLink';
import '../presentation/presentation.css';
import './embed.css';

/**
 * A story's slide in an embedded map (story=…&slide=… in its address): the slide's text and
 * its claims with their quoted sources, stepped through with Previous and Next. The map
 * behind it shows what the slide talks about, as in the app.
 */
export function EmbedSlide() {
  const presenting = useAppStore(selectPresenting);
  const loaded = useAppStore(selectLoaded);
  const index = useAppStore(selectIndex);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const story = loaded?.dataset.stories.find((s) => s.id === presenting?.storyId);
  const sources = useMemo(() => (index && story ? storySources(index, story) : []), [index, story]);
  if (!presenting || !story || !index) return null;
  const count = story.slides.length;
  const slide = story.slides[presenting.slide];
  const path = slide ? slidePath(index, slide) : null;
  const claimed = slide
    ? [...slide.highlight, ...(path?.hops.map((hop) => hop.lever.relation.id) ?? [])]
    : [];
  return (
    <section className="embed-card embed-slide" aria-label="Slide">
      <p className="details-kicker">
        {story.title} · {slide ? `slide ${presenting.slide + 1} of ${count}` : 'sources'}
      </p>
      {/* Focusable: it scrolls, and a keyboard must be able to scroll it. */}
      <div className="embed-card-body" tabIndex={0}>
        {slide ? (
          <>
            <h2 className="details-title">{slide.title}</h2>
            <p className="details-claim">{slide.text}</p>
            <SlideCitations
              index={index}
              highlight={claimed}
              citations={slideCitations(index, story, presenting.slide)}
              compact
            />
          </>
        ) : (
          <SourcesSlide index={index} sourceIds={sources} />
        )}
      </div>
      <div className="embed-slide-nav">
        <button
          type="button"
          className="btn"
          disabled={presenting.slide === 0}
          onClick={() => goToSlide(presenting.slide - 1)}
          aria-label="Previous slide"
        >
          ←
        </button>
        <button
          type="button"
          className="btn"
          disabled={!slide}
          onClick={() => goToSlide(presenting.slide + 1)}
          aria-label="Next slide"
        >
          →
        </button>
        <OpenInAppLink />
      </div>
    </section>
  );
}
