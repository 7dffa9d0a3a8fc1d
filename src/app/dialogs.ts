/**
 * The dialogs and the handout, each fetched the first time it opens: none of it is needed for
 * the first picture of the map. Shared by the app and its offline copy (DossierApp).
 */
import { lazyPanel } from './lazyPanel';

export const HelpDialog = lazyPanel('Help', () =>
  import('../features/help/HelpDialog').then((m) => m.HelpDialog),
);
export const StoryChooser = lazyPanel('Story chooser', () =>
  import('../features/presentation/StoryChooser').then((m) => m.StoryChooser),
);
export const Handout = lazyPanel('Handout', () =>
  import('../features/presentation/Handout').then((m) => m.Handout),
);
