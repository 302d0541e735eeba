import { isInterfaceType, isNonNullType, parse } from 'graphql';
import { measureDocument } from '../../src/common/limits/query-cost.js';
import { MAX_PAGE_ROWS_PER_REQUEST, QUERY_COST_BUDGET } from '../../src/common/limits/query-limits.js';
import { MAX_DEPTH, type Edge, type RootCall, type SchemaWalk, type WalkPath } from './visibility-schema.js';

/** Turns walk paths into batched GraphQL documents the server accepts, and reads their answers back. */

/** The server's limits (src/graphql.config.ts): its aliases, its depth, and its own cost measure. */
export const DOCUMENT_LIMITS = { aliases: 30, depth: MAX_DEPTH } as const;

interface TreeNode {
  type: string;
  children: Map<string, { edge: Edge; node: TreeNode }>;
}

/** Paths of one root call merged into one selection, under one alias. */
export interface AliasTree {
  alias: string;
  root: RootCall;
  rootPage: boolean;
  node: TreeNode;
}

export interface WalkDocument {
  aliases: AliasTree[];
  /** The paths it asks, to split it when the server finds it too large. */
  paths: WalkPath[];
}

/** A field or inline fragment as printed, and what it selects. */
interface Selection {
  text: string;
  children?: Selection[];
}

/** `Type.field` keys the caller was refused with an error that voids the parent: left out of their requests. */
export type Exclusions = Set<string>;

export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${literal(inner)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A root field with its arguments as literals: `collectivity(id: "…")`. */
export function rootCall(root: RootCall): string {
  const args = Object.entries(root.args);
  return `${root.field}${args.length ? `(${args.map(([name, value]) => `${name}: ${literal(value)}`).join(', ')})` : ''}`;
}

function rootText(root: RootCall, alias: string): string {
  return `${alias}: ${rootCall(root)}`;
}

/** What a row of this type selects: its id, its scalars when it is compared, and its children. */
function rowSelections(walk: SchemaWalk, node: TreeNode, excluded: Exclusions): Selection[] {
  const selections: Selection[] = [{ text: '__typename' }];
  if (walk.hasId(node.type)) selections.push({ text: 'id' });
  if (walk.isChecked(node.type)) {
    const { common, byImplementation } = walk.scalars(node.type);
    for (const field of common) if (field !== 'id' && !excluded.has(`${node.type}.${field}`)) selections.push({ text: field });
    for (const [implementation, fields] of Object.entries(byImplementation)) {
      const kept = fields.filter((field) => !excluded.has(`${implementation}.${field}`)).map((field) => ({ text: field }));
      if (kept.length) selections.push({ text: `... on ${implementation}`, children: kept });
    }
  }
  const fragments = new Map<string, Selection[]>();
  for (const { edge, node: child } of node.children.values()) {
    if (excluded.has(`${edge.on ?? node.type}.${edge.field}`)) continue;
    const inner = rowSelections(walk, child, excluded);
    const selection: Selection = {
      text: `${edge.field}${edge.args}`,
      children: edge.page ? [{ text: 'nodes', children: inner }] : inner,
    };
    if (!edge.on) selections.push(selection);
    else fragments.set(edge.on, [...(fragments.get(edge.on) ?? []), selection]);
  }
  for (const [implementation, children] of fragments) selections.push({ text: `... on ${implementation}`, children });
  return selections;
}

function aliasSelection(walk: SchemaWalk, tree: AliasTree, excluded: Exclusions): Selection {
  const rows = rowSelections(walk, tree.node, excluded);
  return { text: rootText(tree.root, tree.alias), children: tree.rootPage ? [{ text: 'nodes', children: rows }] : rows };
}

function depth(selection: Selection): number {
  return 1 + Math.max(0, ...(selection.children ?? []).map(depth));
}

function print(selection: Selection): string {
  return selection.children ? `${selection.text} { ${selection.children.map(print).join(' ')} }` : selection.text;
}

export function documentText(
  walk: SchemaWalk,
  document: WalkDocument,
  excluded: Exclusions,
  skipped: Set<string> = new Set(),
): string | undefined {
  const aliases = document.aliases.filter((tree) => !skipped.has(tree.root.label));
  if (!aliases.length) return undefined;
  return `{ ${aliases.map((tree) => print(aliasSelection(walk, tree, excluded))).join(' ')} }`;
}

function addPath(tree: AliasTree, path: WalkPath): void {
  let node = tree.node;
  for (const edge of path.edges) {
    const key = `${edge.on ?? ''}.${edge.field}`;
    let child = node.children.get(key);
    if (!child) {
      child = { edge, node: { type: edge.target, children: new Map() } };
      node.children.set(key, child);
    }
    node = child.node;
  }
}

function cloneNode(node: TreeNode): TreeNode {
  return {
    type: node.type,
    children: new Map([...node.children].map(([key, child]) => [key, { edge: child.edge, node: cloneNode(child.node) }])),
  };
}

/**
 * Packs the paths, in order, into documents: paths of one root call share an alias while the
 * document's cost allows, then go on under a new alias or into a new document.
 */
export function packDocuments(walk: SchemaWalk, paths: WalkPath[]): WalkDocument[] {
  const documents: WalkDocument[] = [];
  let current: WalkDocument = { aliases: [], paths: [] };
  let aliasCount = 0;
  const none: Exclusions = new Set();
  // Within budget as the server measures it (common/limits/query-cost.ts), before it is sent.
  const fits = (aliases: AliasTree[]) => {
    const text = `{ ${aliases.map((tree) => print(aliasSelection(walk, tree, none))).join(' ')} }`;
    const measured = measureDocument(walk.schema, parse(text), {});
    return measured.problems.length === 0 && measured.cost <= QUERY_COST_BUDGET && measured.pageRows <= MAX_PAGE_ROWS_PER_REQUEST;
  };
  for (const path of paths) {
    const last = current.aliases[current.aliases.length - 1];
    if (last && last.root === path.root) {
      const trial: AliasTree = { ...last, node: cloneNode(last.node) };
      addPath(trial, path);
      const selection = aliasSelection(walk, trial, none);
      if (depth(selection) <= DOCUMENT_LIMITS.depth && fits([...current.aliases.slice(0, -1), trial])) {
        current.aliases[current.aliases.length - 1] = trial;
        current.paths.push(path);
        continue;
      }
    }
    const fresh: AliasTree = {
      alias: `a${aliasCount++}`,
      root: path.root,
      rootPage: path.rootPage,
      node: { type: path.rootTarget, children: new Map() },
    };
    addPath(fresh, path);
    if (depth(aliasSelection(walk, fresh, none)) > DOCUMENT_LIMITS.depth) {
      throw new Error(`A single path is over the server's limits: ${describePath(path)}`);
    }
    if (current.aliases.length >= DOCUMENT_LIMITS.aliases || !fits([...current.aliases, fresh])) {
      documents.push(current);
      current = { aliases: [], paths: [] };
    }
    current.aliases.push(fresh);
    current.paths.push(path);
  }
  if (current.aliases.length) documents.push(current);
  return documents;
}

export function describePath(path: WalkPath): string {
  return [path.root.label, ...path.edges.map((edge) => (edge.on ? `(on ${edge.on})${edge.field}` : edge.field))].join('.');
}

/** A row met at the end of a path: what the caller was shown of it. */
export interface Observation {
  path: string;
  /** The type the path declares (its root reader is asked), and the row's own `__typename`. */
  type: string;
  typename: string;
  id: string;
  values: Record<string, unknown>;
}

type Row = Record<string, unknown>;

/**
 * The rows of checked types in an answer, with the path that reached them. A single-row root
 * field's own row is left out: it is a root read in its own right, not a nested one.
 */
export function observations(walk: SchemaWalk, document: WalkDocument, data: Row): Observation[] {
  const found: Observation[] = [];
  const visit = (node: TreeNode, value: unknown, path: string, compared: boolean) => {
    const rows = Array.isArray(value) ? value : [value];
    for (const row of rows as (Row | null | undefined)[]) {
      if (!row || typeof row !== 'object') continue;
      if (compared && walk.isChecked(node.type) && typeof row.id === 'string') {
        const { common, byImplementation } = walk.scalars(node.type);
        const scalars = new Set([...common, ...Object.values(byImplementation).flat()]);
        const values: Row = {};
        for (const [key, field] of Object.entries(row)) if (scalars.has(key)) values[key] = field;
        found.push({ path, type: node.type, typename: String(row.__typename), id: row.id, values });
      }
      for (const { edge, node: child } of node.children.values()) {
        const inner = row[edge.field];
        if (inner === undefined) continue;
        visit(
          child,
          edge.page ? (inner as Row | null)?.nodes : inner,
          `${path}.${edge.on ? `(on ${edge.on})` : ''}${edge.field}`,
          true,
        );
      }
    }
  };
  for (const tree of document.aliases) {
    const value = data[tree.alias];
    if (value === undefined || value === null) continue;
    visit(tree.node, tree.rootPage ? (value as Row).nodes : value, tree.root.label, tree.root.list);
  }
  return found;
}

/**
 * The `Type.field` an error's path points at, when that field is non-null (its error voids the
 * row holding it, and the rows around): to be left out of the caller's next requests.
 */
export function voidingField(walk: SchemaWalk, document: WalkDocument, path: readonly (string | number)[]): string[] | undefined {
  const tree = document.aliases.find((candidate) => candidate.alias === path[0]);
  if (!tree || path.length < 2) return undefined;
  let node = tree.node;
  let index = 1;
  const skip = (page: boolean) => {
    if (page && path[index] === 'nodes') index++;
    if (isIndex(path[index])) index++;
  };
  skip(tree.rootPage);
  while (index < path.length) {
    const key = path[index] as string;
    const owners = ownersOf(walk, node.type, key);
    if (index === path.length - 1) {
      return owners.filter((owner) => isNonNullType(walk.type(owner).getFields()[key]!.type)).map((owner) => `${owner}.${key}`);
    }
    const child = [...node.children.values()].find(({ edge }) => edge.field === key);
    if (!child) return undefined;
    index++;
    skip(child.edge.page);
    if (index >= path.length) return undefined;
    node = child.node;
  }
  return undefined;
}

/** A list index in an error's path (the server sends them as strings). */
export function isIndex(key: string | number | undefined): boolean {
  return typeof key === 'number' || (typeof key === 'string' && /^\d+$/.test(key));
}

/** The types (the row's, or its implementations') that declare a field. */
function ownersOf(walk: SchemaWalk, type: string, field: string): string[] {
  const declared = walk.type(type);
  if (field in declared.getFields()) return [type];
  if (!isInterfaceType(declared)) return [];
  return walk.schema
    .getPossibleTypes(declared)
    .filter((implementation) => field in implementation.getFields())
    .map((implementation) => implementation.name);
}

/** The scalar fields (and implementations' own) a root reader selects for a type. */
export function readerSelection(walk: SchemaWalk, type: string, excluded: Set<string>): string {
  const { common, byImplementation } = walk.scalars(walk.readers.get(type)!.returns);
  const own = Object.entries(byImplementation)
    .map(([implementation, fields]) => [implementation, fields.filter((field) => !excluded.has(field))] as const)
    .filter(([, fields]) => fields.length)
    .map(([implementation, fields]) => `... on ${implementation} { ${fields.join(' ')} }`);
  return ['__typename', 'id', ...common.filter((field) => field !== 'id' && !excluded.has(field)), ...own].join(' ');
}
