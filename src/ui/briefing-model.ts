/**
 * The briefing picture as data: what the canvas shows (discs, rings, edges, names, in viewport
 * pixels), framed by a title, the question it answers, a caption per hop of a path, a legend of
 * what is on it and a source caption. Pure (no DOM, no sigma): the PNG (`briefing.ts`, canvas 2D)
 * and the SVG for print (`toBriefingSvg`, here) are two writers of this one model, so they show
 * the same picture; unit-tested in Node.
 */
import { citationsText, kindLabel, relationSentence } from '../graph/describe';
import { CERTAINTY_STROKES, KIND_STYLES, RELATION_INK, STATEMENT_COLOR } from '../graph/style';
import type { KnowledgeGraph } from '../graph/types';
import { CERTAINTIES, isEntityKind } from '../model/vocabulary';
import { VIEW_COLORS, withAlpha } from './reducers';

/** The colour a path is drawn in (the legend says so). */
const PATH_COLOR = VIEW_COLORS.path;

/** A node as drawn: centre and radius in viewport pixels, fill and border. */
export interface PictureNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly fill: string;
  readonly border: string;
  /** Border width as a share of the radius (a ring's is thick). */
  readonly borderShare: number;
}

/** An edge as drawn: its ends' centres, colour, width, curvature, and whether it has a head. */
export interface PictureEdge {
  readonly id: string;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number; readonly radius: number };
  readonly color: string;
  readonly width: number;
  /** Parallel edges bend (as @sigma/edge-curve draws them); 0 for a straight line. */
  readonly curvature: number;
  readonly arrow: boolean;
}

/** A name as drawn: its text and the box it sits in (viewport pixels). */
export interface PictureLabel {
  readonly text: string;
  /** In bold (the selection, a path's entities). */
  readonly strong?: boolean;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What the canvas shows, at one camera. */
export interface Picture {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
  readonly labels: readonly PictureLabel[];
  readonly fontSize: number;
}

/** One row of the legend: a kind (disc or ring), a line (certainty, statement), or a note. */
export type LegendRow =
  | { readonly type: 'kind'; readonly text: string; readonly color: string; readonly ring: boolean }
  | {
      readonly type: 'line';
      readonly text: string;
      readonly color: string;
      readonly width: number;
    };

/** The words around the picture. */
export interface Frame {
  readonly title: string;
  /** The question a path answers ("How is A connected to B? Path 1 of 3"), or the graph's description. */
  readonly subtitle: string;
  /** One line per hop of a path (its claim in brief, with its citation); empty otherwise. */
  readonly hops: readonly string[];
  /** The path's relations in order: each is marked on the picture with its hop's number. */
  readonly numbered: readonly string[];
  readonly legend: readonly { readonly heading: string; readonly rows: readonly LegendRow[] }[];
  /** The graph, the export date, each source. */
  readonly caption: readonly string[];
}

/** A path shown in the briefing: its entities and relations in order, its rank among how many. */
export interface BriefingPath {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly rank: number;
  readonly of: number;
}

/**
 * The caption's lines: the graph and the day of the export, then one line per source (only those
 * `cited` names, when given: a path's picture lists the sources its hops cite).
 */
export function briefingCaption(
  graph: KnowledgeGraph,
  today: string,
  cited?: ReadonlySet<string>,
): string[] {
  const all = graph.getAttribute('sources');
  const sources = all
    .filter((s) => cited === undefined || cited.has(s.id))
    .map((s) => {
      const outlet = graph.hasNode(s.outlet) ? graph.getNodeAttribute(s.outlet, 'label') : s.outlet;
      return `Source: ${outlet}, “${s.title}”, ${s.published}`;
    });
  return [
    `${graph.getAttribute('name')} · exported ${today}`,
    ...(sources.length > 0 ? sources : ['No source documents named']),
  ];
}

/**
 * The frame of a briefing: title, the question (for a path), a line per hop, the legend of what
 * is drawn (kinds present; certainty rows only if the drawn relations carry certainty; the
 * statement line only if one is drawn) and the caption.
 * @param nodes - the entities drawn
 * @param edges - the relations drawn
 */
export function briefingFrame(
  graph: KnowledgeGraph,
  options: {
    readonly title: string;
    readonly nodes: Iterable<string>;
    readonly edges: Iterable<string>;
    readonly path: BriefingPath | null;
    readonly today: string;
  },
): Frame {
  const { path } = options;
  const label = (node: string) =>
    graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node;
  const asked = path !== null && path.nodes.length > 1;
  // A path's picture is titled by its question; the graph it comes from is said under it.
  const title = asked
    ? `How is ${label(path.nodes[0] ?? '')} connected to ${label(path.nodes.at(-1) ?? '')}?`
    : options.title;
  const subtitle = asked
    ? `Path ${path.rank} of ${path.of}: ${path.nodes.map(label).join(' → ')} · ${options.title}`
    : graph.getAttribute('description');
  const hops = path
    ? path.edges.map((edge, i) => {
        if (!graph.hasEdge(edge)) return `${i + 1}. ${edge}`;
        const a = graph.getEdgeAttributes(edge);
        const cited = a.citations.length > 0 ? citationsText(graph, a.citations, 'brief') : '';
        const how = [a.certainty, cited].filter((part) => part !== undefined && part !== '');
        return `${i + 1}. ${relationSentence(graph, edge)}${how.length > 0 ? ` (${how.join(' · ')})` : ''}`;
      })
    : [];
  const kinds = new Map<string, string>();
  for (const node of options.nodes) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    if (!kinds.has(a.kind)) kinds.set(a.kind, a.color);
  }
  const certainties = new Set<string>();
  let statements = false;
  for (const edge of options.edges) {
    if (!graph.hasEdge(edge)) continue;
    const a = graph.getEdgeAttributes(edge);
    if (a.certainty !== undefined) certainties.add(a.certainty);
    if (a.statementOf !== undefined) statements = true;
  }
  const legend: Frame['legend'][number][] = [
    {
      heading: 'Entities',
      rows: [...kinds].map(([kind, color]) => ({
        type: 'kind',
        text: kindLabel(kind),
        color,
        ring: isEntityKind(kind) && KIND_STYLES[kind].ring,
      })),
    },
  ];
  const lines: LegendRow[] = CERTAINTIES.filter((c) => certainties.has(c)).map((c) => ({
    type: 'line',
    text: c,
    color: withAlpha(RELATION_INK, CERTAINTY_STROKES[c].alpha),
    width: CERTAINTY_STROKES[c].size,
  }));
  if (statements)
    lines.push({ type: 'line', text: 'a speaker’s statement', color: STATEMENT_COLOR, width: 2 });
  if (lines.length > 0) legend.push({ heading: 'Relations, by certainty', rows: lines });
  if (asked)
    legend.push({
      heading: 'Drawn over them',
      rows: [{ type: 'line', text: 'the path, hop by hop (1, 2 …)', color: PATH_COLOR, width: 4 }],
    });
  const numbered = asked ? path.edges.filter((edge) => graph.hasEdge(edge)) : [];
  const cited = asked
    ? new Set(
        numbered.flatMap((edge) => graph.getEdgeAttribute(edge, 'citations').map((c) => c.source)),
      )
    : undefined;
  return {
    title,
    subtitle,
    hops,
    numbered,
    legend,
    caption: briefingCaption(graph, options.today, cited),
  };
}

/** Where the parts of a briefing go (pixels at scale 1). */
export interface BriefingLayout {
  readonly width: number;
  readonly height: number;
  /** Top of the picture. */
  readonly pictureTop: number;
  /** Left of the legend. */
  readonly legendLeft: number;
  /** Baselines of the title, subtitle, hop and caption lines. */
  readonly title: number;
  readonly subtitle: number;
  readonly hops: readonly number[];
  readonly caption: readonly number[];
}

export const BRIEFING_FONT = 'system-ui, sans-serif';
const LEGEND_WIDTH = 230;
const LINE = 16;

/** Lays the frame around the picture: a header, the picture with the legend on its right, the hops and caption below. */
export function briefingLayout(picture: Picture, frame: Frame): BriefingLayout {
  const header = 60;
  const legendRows = frame.legend.reduce((sum, group) => sum + 1 + group.rows.length, 0);
  const legendHeight = 20 + legendRows * 18 + frame.legend.length * 6;
  const body = Math.max(picture.height, legendHeight);
  const hopsTop = header + body + 18;
  const hops = frame.hops.map((_, i) => hopsTop + i * LINE);
  const captionTop = hopsTop + frame.hops.length * LINE + (frame.hops.length > 0 ? 8 : 0);
  const caption = frame.caption.map((_, i) => captionTop + i * LINE);
  return {
    width: picture.width + LEGEND_WIDTH,
    height: captionTop + frame.caption.length * LINE + 4,
    pictureTop: header,
    legendLeft: picture.width + 12,
    title: 28,
    subtitle: 48,
    hops,
    caption,
  };
}

/** The point where an edge meets its target's disc, and the curve's control point. */
export function edgeGeometry(edge: PictureEdge): {
  control: { x: number; y: number } | null;
  end: { x: number; y: number };
  /** Unit vector of the edge's direction at its end. */
  direction: { x: number; y: number };
} {
  const dx = edge.to.x - edge.from.x;
  const dy = edge.to.y - edge.from.y;
  // As @sigma/edge-curve: the control point is off the middle by curvature × length, sideways.
  const control =
    edge.curvature === 0
      ? null
      : {
          x: (edge.from.x + edge.to.x) / 2 + dy * edge.curvature,
          y: (edge.from.y + edge.to.y) / 2 - dx * edge.curvature,
        };
  const towards = control ?? edge.from;
  const tx = edge.to.x - towards.x;
  const ty = edge.to.y - towards.y;
  const length = Math.hypot(tx, ty) || 1;
  const direction = { x: tx / length, y: ty / length };
  return {
    control,
    end: {
      x: edge.to.x - direction.x * edge.to.radius,
      y: edge.to.y - direction.y * edge.to.radius,
    },
    direction,
  };
}

/**
 * Where each numbered hop's badge sits: the middle of its edge as drawn (the curve's middle for a
 * bent one), in picture pixels.
 */
export function hopMarks(
  picture: Picture,
  frame: Frame,
): { readonly n: number; readonly x: number; readonly y: number }[] {
  const byId = new Map(picture.edges.map((edge) => [edge.id, edge]));
  return frame.numbered.flatMap((id, i) => {
    const edge = byId.get(id);
    if (!edge) return [];
    const { control } = edgeGeometry(edge);
    const mid = (a: number, c: number, b: number) =>
      control ? 0.25 * a + 0.5 * c + 0.25 * b : (a + b) / 2;
    return [
      {
        n: i + 1,
        x: mid(edge.from.x, control?.x ?? 0, edge.to.x),
        y: mid(edge.from.y, control?.y ?? 0, edge.to.y),
      },
    ];
  });
}

/** Text for XML: the five characters XML reserves escaped, nothing else changed. */
function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An `rgba()` or `#rrggbb` colour as SVG paint and opacity (SVG 1.1 readers lack rgba). */
function paint(color: string): { color: string; opacity: number } {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (!m) return { color, opacity: 1 };
  const hex = [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
  return { color: `#${hex}`, opacity: m[4] === undefined ? 1 : Number(m[4]) };
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * The briefing as an SVG document (for print: vector, any size): the same picture, names, legend,
 * hops and caption as the PNG. Every text is escaped; nothing from the graph becomes markup.
 */
export function toBriefingSvg(picture: Picture, frame: Frame): string {
  const layout = briefingLayout(picture, frame);
  const out: string[] = [];
  const text = (x: number, y: number, content: string, style: string) =>
    out.push(`<text x="${n(x)}" y="${n(y)}" ${style}>${xmlText(content)}</text>`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(layout.width)}" height="${n(layout.height)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" font-family="${BRIEFING_FONT}">`,
    `<title>${xmlText(frame.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  text(16, layout.title, frame.title, 'font-size="20" font-weight="600" fill="#111827"');
  text(16, layout.subtitle, frame.subtitle, 'font-size="12" fill="#4b5563"');
  out.push(
    `<g transform="translate(0 ${n(layout.pictureTop)})"><clipPath id="picture"><rect width="${n(picture.width)}" height="${n(picture.height)}"/></clipPath><g clip-path="url(#picture)">`,
  );
  for (const edge of picture.edges) {
    const { control, end, direction } = edgeGeometry(edge);
    const stroke = paint(edge.color);
    const head = edge.arrow ? Math.max(edge.width * 2.5, 6) : 0;
    const stop = { x: end.x - direction.x * head * 0.9, y: end.y - direction.y * head * 0.9 };
    const d = control
      ? `M${n(edge.from.x)} ${n(edge.from.y)} Q${n(control.x)} ${n(control.y)} ${n(stop.x)} ${n(stop.y)}`
      : `M${n(edge.from.x)} ${n(edge.from.y)} L${n(stop.x)} ${n(stop.y)}`;
    out.push(
      `<path d="${d}" fill="none" stroke="${stroke.color}" stroke-opacity="${n(stroke.opacity)}" stroke-width="${n(edge.width)}"/>`,
    );
    if (edge.arrow) {
      const wide = head * 0.8;
      const back = { x: end.x - direction.x * head, y: end.y - direction.y * head };
      const side = { x: -direction.y * (wide / 2), y: direction.x * (wide / 2) };
      out.push(
        `<path d="M${n(end.x)} ${n(end.y)} L${n(back.x + side.x)} ${n(back.y + side.y)} L${n(back.x - side.x)} ${n(back.y - side.y)} Z" fill="${stroke.color}" fill-opacity="${n(stroke.opacity)}"/>`,
      );
    }
  }
  for (const node of picture.nodes) {
    const fill = paint(node.fill);
    const border = paint(node.border);
    const width = node.radius * node.borderShare;
    out.push(
      `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(Math.max(0, node.radius - width / 2))}" fill="${fill.color}" fill-opacity="${n(fill.opacity)}" stroke="${border.color}" stroke-opacity="${n(border.opacity)}" stroke-width="${n(width)}"/>`,
    );
  }
  for (const label of picture.labels) {
    const y = (label.top + label.bottom) / 2 + picture.fontSize / 3;
    const style = `font-size="${n(picture.fontSize)}"${label.strong === true ? ' font-weight="600"' : ''} fill="#111827" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;
    text(label.left + 1, y, label.text, style);
  }
  for (const mark of hopMarks(picture, frame)) {
    out.push(
      `<circle cx="${n(mark.x)}" cy="${n(mark.y)}" r="9" fill="${PATH_COLOR}" stroke="#ffffff" stroke-width="2"/>`,
    );
    text(
      mark.x,
      mark.y + 4,
      String(mark.n),
      'font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle"',
    );
  }
  out.push('</g></g>');
  let y = layout.pictureTop + 20;
  const x = layout.legendLeft;
  for (const group of frame.legend) {
    text(x, y, group.heading, 'font-size="12" font-weight="600" fill="#111827"');
    y += 18;
    for (const row of group.rows) {
      if (row.type === 'kind')
        out.push(
          row.ring
            ? `<circle cx="${n(x + 8)}" cy="${n(y - 4)}" r="5" fill="#ffffff" stroke="${row.color}" stroke-width="3"/>`
            : `<circle cx="${n(x + 8)}" cy="${n(y - 4)}" r="6" fill="${row.color}"/>`,
        );
      else {
        const stroke = paint(row.color);
        out.push(
          `<line x1="${n(x)}" y1="${n(y - 4)}" x2="${n(x + 18)}" y2="${n(y - 4)}" stroke="${stroke.color}" stroke-opacity="${n(stroke.opacity)}" stroke-width="${n(row.width)}"/>`,
        );
      }
      text(x + 26, y, row.text, 'font-size="11" fill="#111827"');
      y += 17;
    }
    y += 6;
  }
  frame.hops.forEach((line, i) =>
    text(16, layout.hops[i] ?? 0, line, 'font-size="12" fill="#111827"'),
  );
  frame.caption.forEach((line, i) =>
    text(16, layout.caption[i] ?? 0, line, 'font-size="11" fill="#4b5563"'),
  );
  out.push('</svg>');
  return out.join('\n');
}
