import { useEffect, useLayoutEffect, useRef } from 'react';
import { slideCitations, storySources } from '../../domain/story';
import { useAppStore } from '../../store/appStore';
import { selectHandout, selectIndex, selectLoaded } from '../../store/selectors';
import { fitToBox } from './fitToBox';
import { SlideCitations } from './SlideCitations';
import { SourcesSlide } from './SourcesSlide';
import './handout.css';

/**
 * The height of a printed page's text box in CSS pixels: US Letter's 279.4 mm less the
 * 14 mm margins (see handout.css), a little under; A4 is taller. With the page's width set
 * to A4's (the narrower), a page that fits here prints on one sheet of either.
 */
const PAGE_HEIGHT_PX = 940;

/** Shrinks a page's text and picture until it fits one printed sheet. */
function fitPage(page: HTMLElement) {
  const style = getComputedStyle(page);
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  fitToBox(page, PAGE_HEIGHT_PX + (padding || 0), { min: 0.5 });
}

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
  const pages = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = pages.current;
    if (!root) return;
    const fitAll = () => root.querySelectorAll<HTMLElement>('.handout-page').forEach(fitPage);
    fitAll();
    // A picture changes its page's height once it has loaded.
    const refit = (event: Event) => {
      const page = (event.target as Element).closest<HTMLElement>('.handout-page');
      if (page) fitPage(page);
    };
    root.addEventListener('load', refit, true);
    return () => root.removeEventListener('load', refit, true);
  }, [handout, story]);
  if (!handout || !story || !index) return null;
  return (
    <div ref={pages} className="handout" role="document" aria-labelledby="handout-title">
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
