/** The legend's mark for an entity kind: a filled disc, or a ring for hollow kinds. */
import { KIND_STYLES } from '../../graph/style';
import { isEntityKind } from '../../model/vocabulary';
import { h } from '../dom';

/** A swatch for a node's kind in its drawn colour (decorative: the kind is also written). */
export function kindSwatch(kind: string, color: string): HTMLElement {
  const ring = isEntityKind(kind) && KIND_STYLES[kind].ring;
  return h('span', {
    className: ring ? 'swatch ring' : 'swatch',
    style: ring ? `border-color:${color}` : `background:${color}`,
    'aria-hidden': 'true',
  });
}
