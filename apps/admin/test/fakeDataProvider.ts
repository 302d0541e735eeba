import { jest } from '@jest/globals';
import type { DataProvider, DeleteManyParams, GetListParams, UpdateParams } from 'react-admin';
import type { RunActionParams } from '../src/providers/dataProvider';

export interface FakeData {
  /** getList / getManyReference answers, by resource (a function: by the parameters, e.g. the target's id). */
  lists?: Record<string, unknown[] | ((params: CallParams & { target?: string }) => unknown[])>;
  /** getOne answers, by resource. */
  records?: Record<string, object>;
  /** runOperation answers, by operation name (a function of the variables, or the data itself). */
  operations?: Record<string, ((variables: Record<string, unknown>) => unknown) | object | null>;
}

/** What a test reads back from any method's calls: react-admin's parameters, and the custom methods'. */
export type CallParams = Partial<UpdateParams & GetListParams & DeleteManyParams & RunActionParams>;
type Mocked = jest.Mock<(resource: string, params: CallParams) => Promise<unknown>>;
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
export type FakeDataProvider = DataProvider & { [Method in (typeof METHODS)[number]]: Mocked } & {
  runOperation: jest.Mock<(name: string, variables?: Record<string, unknown>) => Promise<unknown>>;
};

/**
 * A data provider answering from fixtures, every method a jest mock: component tests render the
 * whole App with it (the GraphQL documents themselves are checked by providers/schema.test.ts).
 */
export function fakeDataProvider({ lists = {}, records = {}, operations = {} }: FakeData = {}) {
  const list = (resource: string, params: CallParams = {}) => {
    const answer = lists[resource] ?? [];
    const data = (typeof answer === 'function' ? answer(params) : answer) as { id: string }[];
    return { data, total: data.length };
  };
  return {
    getList: jest.fn(async (resource: string, params: CallParams) => list(resource, params)),
    getOne: jest.fn(async (resource: string, params: CallParams) => ({ data: records[resource] ?? { id: params.id } })),
    getMany: jest.fn(async (resource: string) => ({ data: list(resource).data })),
    getManyReference: jest.fn(async (resource: string, params: CallParams) => list(resource, params)),
    create: jest.fn(async (_resource: string, params: CallParams) => ({ data: { id: 'new', ...params.data } })),
    update: jest.fn(async (_resource: string, params: CallParams) => ({
      data: { ...params.previousData, ...params.data, id: params.id },
    })),
    updateMany: jest.fn(async () => ({ data: [] })),
    delete: jest.fn(async (_resource: string, params: CallParams) => ({ data: params.previousData ?? { id: params.id } })),
    deleteMany: jest.fn(async () => ({ data: [] })),
    runAction: jest.fn(async () => ({ data: null })),
    runOperation: jest.fn(async (name: string, variables: Record<string, unknown> = {}) => {
      if (!(name in operations)) throw new Error(`operation ${name} not faked`);
      const answer = operations[name];
      return {
        data: typeof answer === 'function' ? (answer as (variables: Record<string, unknown>) => unknown)(variables) : answer,
      };
    }),
  } as unknown as FakeDataProvider;
}
