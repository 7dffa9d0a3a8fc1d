// The panels around the graph, in a chunk of their own: fetched at start beside the graph's
// chunk, but parsed off the path to the first picture.
export { DetailsPanel } from '../features/details/DetailsPanel';
export { RelationTable } from '../features/relations/RelationTable';
export { SourceReader } from '../features/reader/SourceReader';
export { Sidebar } from '../features/sidebar/Sidebar';
export { SlidePanel } from '../features/presentation/SlidePanel';
export { PathsPanel } from '../features/leverage/PathsPanel';
export { MetricsController } from '../features/leverage/MetricsController';
export { TimelinePanel } from '../features/time/TimelinePanel';
// Over the canvas of a map with no actors yet.
export { EmptyMapGuide } from '../features/authoring/EmptyMapGuide';
// The map embedded in an article (EmbedApp): its details card and its slide.
export { EmbedCard } from '../features/embed/EmbedCard';
export { EmbedSlide } from '../features/embed/EmbedSlide';
