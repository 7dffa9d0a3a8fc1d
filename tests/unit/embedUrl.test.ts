import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, fullAppUrl, isEmbed } from '../../src/store/embedUrl';
import { searchFromView, viewFromSearch } from '../../src/store/urlState';

const VIEW =
  'sel=relation:us-lifts-potash&hideActors=person&story=the-border&slide=3&asof=2025-10&cam=1.2,10,-4';

describe('the map embedded in an article', () => {
  it('is asked for with embed=1 exactly', () => {
    expect(isEmbed('?embed=1&sel=actor:belarus')).toBe(true);
    expect(isEmbed('?sel=actor:belarus&embed=1')).toBe(true);
    for (const search of ['', '?embed=0', '?embed=true', '?embed', '?sel=actor:embed']) {
      expect(isEmbed(search), search).toBe(false);
    }
  });

  it('embeds the view on screen: embed=1 first, every view parameter kept, the window’s panels left out', () => {
    const src = embedUrl(`https://maps.example/app/?${VIEW}&panels=legend#x`, 'belarus');
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe('https://maps.example/app/');
    expect(url.search.startsWith('?embed=1&')).toBe(true);
    expect(url.searchParams.get('dataset')).toBe('belarus');
    expect(url.searchParams.get('panels')).toBeNull();
    expect(url.hash).toBe('');
    expect(viewFromSearch(url.search)).toEqual(viewFromSearch(`?${VIEW}`));
    expect(url.searchParams.get('cam')).toBe('1.2,10,-4');
    // Embedding an embedded view gives the same address.
    expect(embedUrl(src, 'belarus')).toBe(src);
  });

  it('opens the same view in the full app: the address without embed=1', () => {
    const full = fullAppUrl(`https://maps.example/app/?embed=1&${VIEW}&panels=details`);
    const url = new URL(full);
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.searchParams.has('panels')).toBe(false);
    expect(viewFromSearch(url.search)).toEqual(viewFromSearch(`?${VIEW}`));
    expect(full).toContain('sel=relation:us-lifts-potash');
    expect(fullAppUrl('https://maps.example/?embed=1')).toBe('https://maps.example/');
  });

  it('keeps embed=1 through the view changes the app writes into the address', () => {
    const next = searchFromView(viewFromSearch('?embed=1&sel=actor:belarus'), '?embed=1&sel=actor:belarus');
    expect(isEmbed(next)).toBe(true);
  });

  it('gives the article an iframe of the view, its title and address escaped', () => {
    const code = embedCode('https://maps.example/?embed=1&sel=actor:a"b', 'Belarus & <co>');
    expect(code).toBe(
      '<iframe src="https://maps.example/?embed=1&amp;sel=actor:a&quot;b" width="100%" height="560" style="border:0" title="Leverage Map: Belarus &amp; &lt;co&gt;" loading="lazy"></iframe>',
    );
  });
});
