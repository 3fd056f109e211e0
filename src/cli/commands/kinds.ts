import {
  ENTITY_KINDS,
  LAYERS,
  RELATION_KINDS,
  STATEMENT_KIND,
  type Layer,
} from '../../model/vocabulary';
import { HELP_OPTION, helpText, parseCommandArgs, positionals, type Command } from '../context';

const OPTIONS = { ...HELP_OPTION, json: { type: 'boolean' } } as const;

/** The vocabulary as data: what a curator may write, and how each relation reads. */
function vocabulary() {
  return {
    entityKinds: Object.entries(ENTITY_KINDS).map(([id, spec]) => ({ id, label: spec.label })),
    relationKinds: Object.entries(RELATION_KINDS).map(([id, spec]) => ({
      id,
      label: spec.label,
      layer: spec.layer,
      forward: spec.forward,
      inverse: spec.inverse,
      from: [...spec.domain],
      to: [...spec.range],
      // Statement links come from "assertedBy"; a data file never names them.
      written: id !== STATEMENT_KIND,
    })),
  };
}

/** The vocabulary as text: entity kinds, then relation kinds by layer, each with its ends. */
function kindsText(): string {
  const { entityKinds, relationKinds } = vocabulary();
  const width = Math.max(...entityKinds.map((k) => k.id.length));
  const lines = [
    `Entity kinds (${entityKinds.length}):`,
    ...entityKinds.map((k) => `  ${k.id.padEnd(width)}  ${k.label}`),
  ];
  for (const layer of Object.keys(LAYERS) as Layer[]) {
    const kinds = relationKinds.filter((k) => k.layer === layer);
    lines.push(
      '',
      `${LAYERS[layer].label} (layer "${layer}", ${kinds.length}): ${LAYERS[layer].meaning}`,
    );
    for (const k of kinds) {
      const ends = (list: readonly string[]) =>
        list.length === entityKinds.length ? 'any kind' : list.join(' | ');
      lines.push(
        `  ${k.id}${k.written ? '' : ' (derived, never written)'}: X ${k.forward} Y; Y ${k.inverse} X`,
        `      X: ${ends(k.from)}`,
        `      Y: ${ends(k.to)}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

export const kindsCommand: Command = {
  name: 'kinds',
  summary: 'list the entity and relation kinds the data may use, and how each relation reads',
  options: OPTIONS,
  help: helpText({
    usage: 'kg kinds [--json]',
    about: `Lists the vocabulary of graph-data/: every entity kind, and every relation kind by layer
with how it reads both ways and which entity kinds it may start from (X) and point at (Y).
kg validate holds the data to it; src/model/vocabulary.ts defines it.`,
    options: [['--json', 'the same as JSON']],
    exit: 'Exit codes: 0 ok, 2 usage error.',
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('kinds', args, OPTIONS);
    positionals('kinds', rest, []);
    env.out(values.json ? JSON.stringify(vocabulary(), null, 2) + '\n' : kindsText());
    return 0;
  },
};
