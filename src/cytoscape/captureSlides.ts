import type { Core } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Story } from '../domain/schema';
import { slideView } from '../domain/story';
import { applyZoomStyle } from './zoomStyle';
import { applyStoryClasses, clearStoryClasses, framedElements } from './storyClasses';

/**
 * Draws each slide of a story off the live graph, for the handout: apply the slide's view,
 * frame it, take a picture; then put the camera and classes back as they were.
 */
export async function captureSlides(cy: Core, index: GraphIndex, story: Story): Promise<string[]> {
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const before = cy.elements().map((el) => [el, el.classes()] as const);
  const images: string[] = [];
  try {
    for (let i = 0; i < story.slides.length; i++) {
      const view = slideView(index, story, i);
      applyStoryClasses(cy, view);
      cy.fit(framedElements(cy, view), 40);
      // Labels are otherwise restyled for a new zoom only once it has rested.
      applyZoomStyle(cy);
      // Let the renderer catch up with the new classes before taking the picture.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      images.push(cy.png({ output: 'base64uri', scale: 1.5, full: false, bg: '#ffffff' }));
    }
  } finally {
    clearStoryClasses(cy);
    cy.batch(() => {
      for (const [el, classes] of before) el.classes(classes);
    });
    cy.viewport(viewport);
    applyZoomStyle(cy);
  }
  return images;
}
