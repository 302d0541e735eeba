import { jest } from '@jest/globals';
import type { DataProvider } from 'react-admin';

export interface FakeData {
  /** getList / getManyReference answers, by resource. */
  lists?: Record<string, unknown[]>;
  /** getOne answers, by resource. */
  records?: Record<string, object>;
  /** runOperation answers, by operation name (a function of the variables, or the data itself). */
  operations?: Record<string, ((variables: Record<string, any>) => unknown) | object | null>;
}

type Mocked = jest.Mock<(...args: any[]) => any>;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only its type is used
const METHODS = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
  'runAction',
  'runOperation',
] as const;
export type FakeDataProvider = DataProvider & { [Method in (typeof METHODS)[number]]: Mocked };

/**
 * A data provider answering from fixtures, every method a jest mock: component tests render the
 * whole App with it (the GraphQL documents themselves are checked by providers/schema.test.ts).
 */
export function fakeDataProvider({ lists = {}, records = {}, operations = {} }: FakeData = {}) {
  const list = (resource: string) => {
    const data = (lists[resource] ?? []) as any[];
    return { data, total: data.length };
  };
  return {
    getList: jest.fn(async (resource: string) => list(resource)),
    getOne: jest.fn(async (resource: string, params: any) => ({ data: records[resource] ?? { id: params.id } })),
    getMany: jest.fn(async (resource: string) => ({ data: list(resource).data })),
    getManyReference: jest.fn(async (resource: string) => list(resource)),
    create: jest.fn(async (_resource: string, params: any) => ({ data: { id: 'new', ...params.data } })),
    update: jest.fn(async (_resource: string, params: any) => ({
      data: { ...params.previousData, ...params.data, id: params.id },
    })),
    updateMany: jest.fn(async () => ({ data: [] })),
    delete: jest.fn(async (_resource: string, params: any) => ({ data: params.previousData ?? { id: params.id } })),
    deleteMany: jest.fn(async () => ({ data: [] })),
    runAction: jest.fn(async () => ({ data: null })),
    runOperation: jest.fn(async (name: string, variables: Record<string, unknown> = {}) => {
      if (!(name in operations)) throw new Error(`operation ${name} not faked`);
      const answer = operations[name];
      return { data: typeof answer === 'function' ? (answer as (variables: Record<string, any>) => unknown)(variables) : answer };
    }),
  } as unknown as FakeDataProvider;
}
