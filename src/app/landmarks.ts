/** The ids of the places the skip links go to (see SkipLinks). */
export const MAP_ID = 'map';
export const RELATION_LIST_ID = 'relation-list';
