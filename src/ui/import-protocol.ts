/** Messages between the page and the import worker. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { DataIssue } from '../model/errors';

export interface ImportRequest {
  readonly name: string;
  readonly text: string;
  /** Refuse a file that needs repairs instead of repairing it. */
  readonly strict: boolean;
}

export type ImportReply =
  | {
      readonly ok: true;
      readonly graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
      /** The import report: repairs made to read the file. */
      readonly warnings: DataIssue[];
    }
  | { readonly ok: false; readonly message: string; readonly issues: DataIssue[] };
