/** A link-styled button naming an entity; choosing it selects the entity. */
import type { KnowledgeGraph } from '../../graph/types';
import { h } from '../dom';

/** The entity's label as a button that selects it (plain text for an id the graph lacks). */
export function entityLink(
  graph: KnowledgeGraph,
  node: string,
  select: (node: string) => void,
  fallback = node,
): HTMLElement {
  if (!graph.hasNode(node)) return h('span', {}, fallback);
  return h(
    'button',
    {
      type: 'button',
      className: 'link entity-link',
      'data-entity': node,
      onclick: () => select(node),
    },
    graph.getNodeAttribute(node, 'label'),
  );
}
