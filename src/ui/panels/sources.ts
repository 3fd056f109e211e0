/**
 * The sources view: each source document and, paragraph by paragraph, the claims drawn from it.
 * Choosing a claim selects its relation and shows it in the graph.
 */
import { relationSentence } from '../../graph/describe';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import { certaintyBadgeIn } from './provenance';

export function createSourcesView(
  container: HTMLElement,
  store: Store,
  onPick: (edge: string) => void,
): () => void {
  const graph = store.graph;
  return () => {
    const { edges } = store.visibility();
    const selectedEdge = store.get().selectedEdge;
    const sources = graph.getAttribute('sources');
    replaceChildren(
      container,
      h('h2', {}, 'Sources'),
      sources.length === 0 ? h('p', {}, 'This graph names no source documents.') : null,
      sources.map((source) => {
        const byParagraph = new Map<number, string[]>();
        graph.forEachEdge((edge, a) => {
          for (const c of a.citations) {
            if (c.source === source.id)
              byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), edge]);
          }
        });
        const outlet = graph.hasNode(source.outlet)
          ? graph.getNodeAttribute(source.outlet, 'label')
          : source.outlet;
        return h(
          'article',
          { className: 'source' },
          h('h3', {}, source.title),
          h(
            'p',
            { className: 'muted' },
            `${outlet} · ${source.published}${source.newsId ? ` · news id ${source.newsId}` : ''} · ${source.paragraphs} paragraphs`,
          ),
          h(
            'ol',
            { className: 'paragraphs' },
            Array.from({ length: source.paragraphs }, (_, i) => i + 1).map((paragraph) => {
              const claims = byParagraph.get(paragraph) ?? [];
              return h(
                'li',
                { value: paragraph },
                h('span', { className: 'paragraph-number' }, `¶${paragraph}`),
                source.paragraphOpenings?.[paragraph - 1] !== undefined
                  ? h(
                      'q',
                      { className: 'opening' },
                      `${source.paragraphOpenings[paragraph - 1] ?? ''} …`,
                    )
                  : null,
                claims.length === 0
                  ? h('span', { className: 'muted' }, ' no relation cites it')
                  : null,
                h(
                  'ul',
                  {},
                  claims.map((edge) => {
                    const a = graph.getEdgeAttributes(edge);
                    const shown = edges.has(edge);
                    return h(
                      'li',
                      {
                        className: `claim-item${shown ? '' : ' filtered'}${edge === selectedEdge ? ' selected' : ''}`,
                      },
                      h(
                        'button',
                        {
                          type: 'button',
                          className: 'link',
                          'data-edge': edge,
                          onclick: () => onPick(edge),
                          title: shown ? 'Show in the graph' : 'Hidden by the filters',
                        },
                        `${relationSentence(graph, edge)}.`,
                      ),
                      ' ',
                      certaintyBadgeIn(graph, edge),
                      h('span', { className: 'muted small' }, ` ${a.claim}`),
                    );
                  }),
                ),
              );
            }),
          ),
        );
      }),
    );
  };
}
