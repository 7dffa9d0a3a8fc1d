/**
 * What the canvas needs to know of a large map's overview before its code is loaded (see
 * groupOverview.ts, fetched only for such maps): when a map is drawn so, and how its groups'
 * elements are named.
 */

/** Maps of this many actors or more open as an overview of their groups. */
export const OVERVIEW_FROM_ACTORS = 3000;

export const GROUP_PREFIX = 'group:';

export const isGroupId = (id: string): boolean => id.startsWith(GROUP_PREFIX);

/** The event a click on a group sends (see useGraphEvents, useOverviewGroups). */
export const OPEN_GROUP_EVENT = 'lm-open-group';
