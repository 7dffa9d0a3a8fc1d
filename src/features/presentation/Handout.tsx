import { useEffect, useRef } from 'react';
import { slideCitations, storySources } from '../../domain/story';
import { useAppStore } from '../../store/appStore';
import { selectHandout, selectIndex, selectLoaded } from '../../store/selectors';
import { SlideCitations } from './SlideCitations';
import { SourcesSlide } from './SourcesSlide';
import './handout.css';

/**
 * A story as a printable handout: one page per slide, with its picture, its text and the
 * quotes behind it, then the sources. The browser's print dialog saves it as PDF.
 */
export function Handout() {
  const handout = useAppStore(selectHandout);
  const loaded = useAppStore(selectLoaded);
  const index = useAppStore(selectIndex);
  const close = useAppStore((s) => s.closeHandout);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (handout) heading.current?.focus();
  }, [handout]);
  const story = loaded?.dataset.stories.find((s) => s.id === handout?.storyId);
  if (!handout || !story || !index) return null;
  return (
    <div className="handout" role="document" aria-labelledby="handout-title">
      <div className="handout-toolbar">
        <h2 id="handout-title" ref={heading} tabIndex={-1}>
          Handout: {story.title}
        </h2>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      </div>
      {story.slides.map((slide, i) => (
        <section key={i} className="handout-page" aria-label={`Slide ${i + 1}`}>
          <p className="handout-position">
            {story.title} · slide {i + 1} of {story.slides.length}
          </p>
          <h3 className="handout-title">{slide.title}</h3>
          {handout.images[i] && (
            <img className="handout-image" src={handout.images[i]} alt={`The map on slide ${i + 1}`} />
          )}
          <p>{slide.text}</p>
          <SlideCitations
            index={index}
            highlight={slide.highlight}
            citations={slideCitations(index, story, i)}
          />
        </section>
      ))}
      <section className="handout-page" aria-label="Sources">
        <SourcesSlide index={index} sourceIds={storySources(index, story)} />
      </section>
    </div>
  );
}
