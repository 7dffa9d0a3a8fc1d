/**
 * What the canvas needs to know of a large map's overview before its code is loaded (see
 * groupOverview.ts, fetched only for such maps): how its groups' elements are named.
 */

export const GROUP_PREFIX = 'group:';

export const isGroupId = (id: string): boolean => id.startsWith(GROUP_PREFIX);

/** The event a click on a group sends (see useGraphEvents, useOverviewGroups). */
export const OPEN_GROUP_EVENT = 'lm-open-group';

/**
 * The event a slide sends with the actors it shows (see storyView.ts), so that on an overview
 * their groups open; none when the story ends.
 */
export const SHOW_ACTORS_EVENT = 'lm-show-actors';
