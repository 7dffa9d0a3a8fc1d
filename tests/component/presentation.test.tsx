import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SlidePanel } from '../../src/features/presentation/SlidePanel';
import { StoryChooser } from '../../src/features/presentation/StoryChooser';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

beforeEach(async () => {
  await loadFixtureIntoStore();
});

describe('presenting a story', () => {
  it('lists the stories and starts the chosen one at its first slide', async () => {
    useAppStore.getState().setStoryChooserOpen(true);
    render(<StoryChooser />);
    await userEvent.click(screen.getByRole('button', { name: /The harbour dispute/ }));
    expect(useAppStore.getState().presenting).toEqual({ storyId: 'harbour-story', slide: 0 });
  });

  it('shows the slide with its claims footnoted to the exact quotes and their sources', () => {
    useAppStore.getState().present('harbour-story', 0);
    render(<SlidePanel />);
    expect(screen.getByRole('heading', { name: 'Closure' })).toBeInTheDocument();
    expect(screen.getByText('Slide 1 of 2')).toBeInTheDocument();
    const claims = screen.getByRole('list', { name: 'On this slide' });
    expect(within(claims).getByText(/Avalon closes its harbour to Brightland/)).toBeInTheDocument();
    expect(within(claims).getByRole('link', { name: 'source 1' })).toHaveAttribute('href', '#slide-cite-1');
    const notes = screen.getByRole('list', { name: 'Sources for this slide' });
    expect(notes).toHaveTextContent('The Republic of Avalon closed its harbour');
    // The source by its short name on the slide, cited in full on hover.
    expect(within(notes).getByTitle('Leverage Map tests, “Harbour Notes”, March 2024')).toHaveTextContent(
      /^Leverage$/,
    );
  });

  it('steps with the keyboard, ends on a sources slide, and leaves with Esc', async () => {
    useAppStore.getState().present('harbour-story', 0);
    render(<SlidePanel />);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'The trade' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'On this slide' })).toHaveTextContent(
      'Deal: Sailors for fishing rights',
    );
    await userEvent.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(screen.getByText(/Leverage Map tests, “Harbour Notes”/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('heading', { name: 'Closure' })).toBeInTheDocument();
    await userEvent.keyboard('2');
    expect(useAppStore.getState().presenting?.slide).toBe(1);
    // S opens the presenter view in a window of its own (here a frame stands in for it): the
    // notes and what comes next are there, not on the slide the room sees.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const open = vi.spyOn(window, 'open').mockReturnValue(frame.contentWindow);
    await userEvent.keyboard('s');
    const presenter = within(frame.contentDocument!.body).getByRole('main', { name: 'Presenter view' });
    expect(presenter).toHaveTextContent('Slide 2 of 2');
    expect(presenter).toHaveTextContent('No notes for this slide.');
    expect(presenter).toHaveTextContent('Next: Sources');
    expect(screen.queryByRole('region', { name: 'Presenter notes' })).toBeNull();
    // S again closes it; with the window blocked, the notes fall back onto the slide, said so.
    await userEvent.keyboard('s');
    expect(within(frame.contentDocument!.body).queryByRole('main')).toBeNull();
    open.mockReturnValue(null);
    await userEvent.keyboard('s');
    const inline = screen.getByRole('region', { name: 'Presenter notes' });
    expect(inline).toHaveTextContent('blocked the presenter window');
    expect(inline).toHaveTextContent('No notes for this slide.');
    open.mockRestore();
    frame.remove();
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().presenting).toBeNull();
  });

  it('shows a slide’s leverage path as steps, each claimed and footnoted', async () => {
    await loadFixtureIntoStore('../../graph-data/belarus/dataset.json');
    const story = useAppStore.getState().data;
    if (story.status !== 'ready') throw new Error('the Belarus map must load');
    const slides = story.history.present.dataset.stories.find(
      (s) => s.id === 'prisoners-for-sanctions',
    )!.slides;
    const at = slides.findIndex((slide) => slide.path);
    useAppStore.getState().present('prisoners-for-sanctions', at);
    render(<SlidePanel />);
    expect(screen.getByRole('heading', { name: 'How Washington can move Lukashenka' })).toBeInTheDocument();
    expect(screen.getByText(/^United States → Alyaksandr Lukashenka: /)).toBeInTheDocument();
    const claims = screen.getByRole('list', { name: 'On this slide' });
    expect(claims).toHaveTextContent(/United States extracts concessions from Alyaksandr Lukashenka/);
    expect(within(claims).getAllByRole('link', { name: /^source \d$/ }).length).toBeGreaterThan(0);
    const footnotes = screen.getByRole('list', { name: 'Sources for this slide' });
    expect(within(footnotes).getAllByTitle(/European Council on Foreign Relations/)[0]).toHaveTextContent(
      'ECFR',
    );
  });
});
