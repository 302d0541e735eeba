import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type FieldNode,
  type GraphQLSchema,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { DataSource } from 'typeorm';
import { readTypeOrFail } from '../../common/read/read-model.js';
import { ReadService } from '../../common/read/read.service.js';
import { raw, sql } from '../../common/read/sql.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import type { WebhookEvent } from './webhook-event.entity.js';

export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: {
    id: string;
    entityType: string;
    /** The fields that changed, among those the endpoint may read (updates only). */
    changedFields?: string[];
    /** The record as it is now, as an API token with the endpoint's scopes would read it. */
    object?: Record<string, unknown>;
  };
}

/**
 * Builds what an endpoint is sent about an event: the ids always; the record and the names of
 * its changed fields only as far as an API token with the endpoint's scopes could read them,
 * through the read road's visibility (so no payload shows more than the endpoint's scopes allow).
 * A deleted or erased record is named by its id alone.
 */
@Injectable()
export class WebhookPayloads {
  private readonly selections = new Map<string, FieldNode>();

  /** The running schema (the GraphQL module's, found once it is built). */
  private get schema(): GraphQLSchema {
    return this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
  }

  constructor(
    private readonly read: ReadService,
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async build(event: WebhookEvent, endpoint: WebhookEndpoint): Promise<WebhookPayload> {
    const payload: WebhookPayload = {
      type: event.type,
      timestamp: event.occurredAt.toISOString(),
      data: { id: event.entityId, entityType: event.entityType },
    };
    if (event.type.endsWith('.deleted') || event.type === 'contact.erased') return payload;
    const object = await this.readAs(endpoint, event.entityType, event.entityId);
    if (!object) return payload;
    payload.data.object = object;
    if (event.type.endsWith('.updated')) payload.data.changedFields = event.changedFields.filter((field) => field in object);
    return payload;
  }

  /** The row's own fields, read by an API token with the endpoint's scopes: null when such a token could not see it. */
  private async readAs(endpoint: WebhookEndpoint, typeName: string, id: string): Promise<Record<string, unknown> | null> {
    const schema = this.schema;
    const node = this.selection(typeName);
    const context = {
      actor: { kind: 'API_TOKEN', tokenId: endpoint.id, scopes: endpoint.scopes, label: `webhook ${endpoint.id}` },
    } as unknown as AuthenticatedContext;
    const info = { schema, fieldNodes: [node], fragments: {}, variableValues: {} } as unknown as GraphQLResolveInfo;
    const row = (await this.read.one(context, info, typeName, (alias) => sql`${raw(alias)}.id = ${id}::uuid`)) as Record<
      string,
      unknown
    > | null;
    if (!row) return null;
    // Only the fields asked: the read road's internal keys (type, entity) stay out.
    const fields = node.selectionSet!.selections.map((selection) => (selection as FieldNode).name.value);
    return Object.fromEntries(fields.filter((field) => field in row).map((field) => [field, row[field]]));
  }

  /** Every field of the type that is a plain value stored in its table (no argument, no relation). */
  private selection(typeName: string): FieldNode {
    let node = this.selections.get(typeName);
    if (!node) {
      const type = this.schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type.`);
      const metadata = this.dataSource.getMetadata(readTypeOrFail(typeName).entity);
      const fields = Object.values(type.getFields())
        .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type)))
        .filter((field) => metadata.findColumnWithPropertyName(field.name))
        .map((field) => field.name);
      const document = parse(`{ row { ${fields.join(' ')} } }`);
      node = (document.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
      this.selections.set(typeName, node);
    }
    return node;
  }
}
