/** Types of bundle.js (plain JavaScript: the bin reads it before anything is compiled). */
import type { Script } from 'node:vm';

/** The bundle's folder, relative to the project root. */
export const BUNDLE_DIR: string;
/** The bundle's file name, in its folder. */
export const BUNDLE_FILE: string;
/** The manifest's file name, in its folder. */
export const MANIFEST_FILE: string;
/** The folder, in the bundle's, of the files the bundle derives and keeps. */
export const DERIVED_DIR: string;
/** The first line of a bundle, `// kg-build <id>`; the id is group 1. */
export const BUILD_LINE: RegExp;

/** The file name of the code cache of build `id`, in the bundle's folder. */
export function cacheFileFor(id: string): string;

/**
 * The bundle to run, or null when it is missing or older than any input its manifest records.
 * @param root - the project root; manifest inputs are relative to it
 * @param dir - the bundle's folder (default {@link BUNDLE_DIR}, relative to root)
 */
export function freshBundle(root: string, dir?: string): string | null;

/** Compiles a bundle's source as a CommonJS module, with a code cache when given. */
export function compileBundle(file: string, source: string, cachedData: Buffer | undefined): Script;

/** Runs a bundle: its exports, and whether V8 accepted its code cache. */
export function loadBundle(file: string): {
  exports: Record<string, unknown>;
  id: string | null;
  cached: boolean;
};
