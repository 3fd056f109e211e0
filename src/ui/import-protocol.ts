/** Messages between the page and the import worker. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { DataIssue } from '../model/errors';

export interface ImportRequest {
  readonly name: string;
  /** The file itself: the worker streams it (a `File` or a fetched `Blob`). */
  readonly file: Blob;
  /** Refuse a file that needs repairs instead of repairing it. */
  readonly strict: boolean;
}

export type ImportReply =
  | { readonly type: 'progress'; readonly loaded: number; readonly total: number }
  | {
      readonly type: 'done';
      readonly ok: true;
      readonly graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
      /** The import report: repairs made to read the file. */
      readonly warnings: DataIssue[];
    }
  | {
      readonly type: 'done';
      readonly ok: false;
      readonly message: string;
      readonly issues: DataIssue[];
    };
