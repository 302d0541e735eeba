/** A field: its named type, and its arguments with their types as written ("ID!", "CollectivityFilter"). */
export interface FieldCapability {
  type: string;
  args: Record<string, string>;
}

/** What the schema offers: its queries, mutations, fields with arguments, input fields (name → type as written) and enum values. */
export interface SchemaCapabilities {
  Query: Record<string, FieldCapability>;
  Mutation: Record<string, FieldCapability>;
  /** Fields with arguments of the other object and interface types, e.g. Group.members(filter, page). */
  objects: Record<string, Record<string, FieldCapability>>;
  inputs: Record<string, Record<string, string>>;
  enums: Record<string, readonly string[]>;
}

export const schemaCapabilities: SchemaCapabilities = {
  "Query": {
    "apiScopes": {
      "type": "String",
      "args": {}
    },
    "apiTokens": {
      "type": "ApiTokenPage",
      "args": {
        "page": "PageInput"
      }
    },
    "auditEntries": {
      "type": "AuditEntryPage",
      "args": {
        "filter": "AuditFilterInput",
        "page": "PageInput"
      }
    },
    "checkInSearch": {
      "type": "Participation",
      "args": {
        "eventId": "ID!",
        "limit": "Int!",
        "search": "String!"
      }
    },
    "collectivities": {
      "type": "CollectivityPage",
      "args": {
        "filter": "CollectivityFilter",
        "page": "PageInput",
        "sort": "CollectivitySort"
      }
    },
    "collectivity": {
      "type": "Collectivity",
      "args": {
        "id": "ID!"
      }
    },
    "contact": {
      "type": "Contact",
      "args": {
        "id": "ID!"
      }
    },
    "contacts": {
      "type": "ContactPage",
      "args": {
        "filter": "ContactFilter",
        "page": "PageInput",
        "sort": "ContactSort"
      }
    },
    "duesTotals": {
      "type": "DuesTotals",
      "args": {
        "year": "Int!"
      }
    },
    "event": {
      "type": "Event",
      "args": {
        "id": "ID!"
      }
    },
    "events": {
      "type": "EventPage",
      "args": {
        "filter": "EventFilter",
        "page": "PageInput"
      }
    },
    "eventSeries": {
      "type": "EventSeries",
      "args": {}
    },
    "eventStatistics": {
      "type": "EventStatistics",
      "args": {
        "eventId": "ID!"
      }
    },
    "eventTrend": {
      "type": "EventStatistics",
      "args": {
        "seriesId": "ID"
      }
    },
    "feeScale": {
      "type": "FeeScale",
      "args": {
        "year": "Int!"
      }
    },
    "feeScales": {
      "type": "FeeScale",
      "args": {}
    },
    "group": {
      "type": "Group",
      "args": {
        "id": "ID!"
      }
    },
    "groups": {
      "type": "GroupPage",
      "args": {
        "filter": "GroupFilter",
        "page": "PageInput"
      }
    },
    "history": {
      "type": "AuditEntryPage",
      "args": {
        "entityId": "ID!",
        "entityType": "String!",
        "page": "PageInput"
      }
    },
    "labelAwards": {
      "type": "LabelAward",
      "args": {
        "collectivityId": "ID",
        "eventId": "ID",
        "labelId": "ID",
        "year": "Int"
      }
    },
    "labels": {
      "type": "Label",
      "args": {}
    },
    "letterhead": {
      "type": "Letterhead",
      "args": {}
    },
    "mailing": {
      "type": "Mailing",
      "args": {
        "id": "ID!"
      }
    },
    "mailingPreview": {
      "type": "MailingPreview",
      "args": {
        "contactId": "ID",
        "id": "ID!"
      }
    },
    "mailingRecipients": {
      "type": "MailingRecipientPage",
      "args": {
        "filter": "MailingRecipientFilter",
        "mailingId": "ID!",
        "page": "PageInput"
      }
    },
    "mailings": {
      "type": "MailingPage",
      "args": {
        "filter": "MailingFilter",
        "page": "PageInput"
      }
    },
    "mailSettings": {
      "type": "MailSettings",
      "args": {}
    },
    "me": {
      "type": "User",
      "args": {}
    },
    "memberCountsByRegion": {
      "type": "RegionMemberCount",
      "args": {}
    },
    "membershipFees": {
      "type": "MembershipFeePage",
      "args": {
        "filter": "MembershipFeeFilter",
        "page": "PageInput"
      }
    },
    "membersInArrears": {
      "type": "Collectivity",
      "args": {
        "minYears": "Int!"
      }
    },
    "participation": {
      "type": "Participation",
      "args": {
        "id": "ID!"
      }
    },
    "participationImports": {
      "type": "ParticipationImport",
      "args": {
        "eventId": "ID!"
      }
    },
    "participations": {
      "type": "ParticipationPage",
      "args": {
        "filter": "ParticipationFilter",
        "page": "PageInput",
        "sort": "ParticipationSort"
      }
    },
    "partner": {
      "type": "Partner",
      "args": {
        "id": "ID!"
      }
    },
    "partners": {
      "type": "PartnerPage",
      "args": {
        "filter": "PartnerFilter",
        "page": "PageInput"
      }
    },
    "partnership": {
      "type": "Partnership",
      "args": {
        "id": "ID!"
      }
    },
    "partnerships": {
      "type": "PartnershipPage",
      "args": {
        "filter": "PartnershipFilter",
        "page": "PageInput"
      }
    },
    "partnershipTotals": {
      "type": "PartnershipTotal",
      "args": {
        "year": "Int"
      }
    },
    "possibleDuplicateContacts": {
      "type": "Contact",
      "args": {
        "collectivityId": "ID",
        "email": "String",
        "firstName": "String!",
        "lastName": "String!"
      }
    },
    "tombstones": {
      "type": "TombstonePage",
      "args": {
        "filter": "TombstoneFilter",
        "page": "PageInput"
      }
    },
    "user": {
      "type": "User",
      "args": {
        "id": "ID!"
      }
    },
    "users": {
      "type": "UserPage",
      "args": {
        "filter": "UserFilter",
        "page": "PageInput"
      }
    },
    "webhookDeliveries": {
      "type": "WebhookDeliveryPage",
      "args": {
        "endpointId": "ID!",
        "page": "PageInput"
      }
    },
    "webhookEndpoint": {
      "type": "WebhookEndpoint",
      "args": {
        "id": "ID!"
      }
    },
    "webhookEndpoints": {
      "type": "WebhookEndpointPage",
      "args": {
        "page": "PageInput"
      }
    },
    "webhookEventTypes": {
      "type": "String",
      "args": {}
    }
  },
  "Mutation": {
    "addGroupMembers": {
      "type": "GroupMember",
      "args": {
        "collectivityIds": "[ID!]!",
        "groupId": "ID!",
        "joinedOn": "Date"
      }
    },
    "assignGroupOfficer": {
      "type": "GroupOffice",
      "args": {
        "input": "AssignOfficerInput!"
      }
    },
    "awardLabel": {
      "type": "LabelAward",
      "args": {
        "input": "AwardLabelInput!"
      }
    },
    "changeMyPassword": {
      "type": "Boolean",
      "args": {
        "currentPassword": "String!",
        "newPassword": "String!"
      }
    },
    "checkInParticipation": {
      "type": "CheckInResult",
      "args": {
        "id": "ID!"
      }
    },
    "commitParticipationImport": {
      "type": "ImportResult",
      "args": {
        "input": "ParticipationImportInput!"
      }
    },
    "createApiToken": {
      "type": "CreatedApiToken",
      "args": {
        "input": "CreateApiTokenInput!"
      }
    },
    "createCollectivity": {
      "type": "Collectivity",
      "args": {
        "input": "CreateCollectivityInput!"
      }
    },
    "createContact": {
      "type": "Contact",
      "args": {
        "input": "CreateContactInput!"
      }
    },
    "createCooperation": {
      "type": "Cooperation",
      "args": {
        "input": "CreateCooperationInput!"
      }
    },
    "createCountryGroup": {
      "type": "CountryGroup",
      "args": {
        "input": "CreateCountryGroupInput!"
      }
    },
    "createEvent": {
      "type": "Event",
      "args": {
        "input": "CreateEventInput!"
      }
    },
    "createEventSeries": {
      "type": "EventSeries",
      "args": {
        "input": "EventSeriesInput!"
      }
    },
    "createEventSession": {
      "type": "EventSession",
      "args": {
        "input": "CreateEventSessionInput!"
      }
    },
    "createLabel": {
      "type": "Label",
      "args": {
        "input": "LabelInput!"
      }
    },
    "createMailing": {
      "type": "Mailing",
      "args": {
        "input": "CreateMailingInput!"
      }
    },
    "createParticipation": {
      "type": "Participation",
      "args": {
        "input": "CreateParticipationInput!"
      }
    },
    "createPartner": {
      "type": "Partner",
      "args": {
        "input": "CreatePartnerInput!"
      }
    },
    "createPartnership": {
      "type": "Partnership",
      "args": {
        "input": "CreatePartnershipInput!"
      }
    },
    "createPosition": {
      "type": "Position",
      "args": {
        "input": "CreatePositionInput!"
      }
    },
    "createThematicGroup": {
      "type": "Group",
      "args": {
        "input": "CreateThematicGroupInput!"
      }
    },
    "createUser": {
      "type": "User",
      "args": {
        "input": "CreateUserInput!"
      }
    },
    "createWebhookEndpoint": {
      "type": "CreatedWebhookEndpoint",
      "args": {
        "input": "CreateWebhookEndpointInput!"
      }
    },
    "deleteCollectivity": {
      "type": "Collectivity",
      "args": {
        "id": "ID!"
      }
    },
    "deleteCooperation": {
      "type": "Cooperation",
      "args": {
        "id": "ID!"
      }
    },
    "deleteEvent": {
      "type": "Event",
      "args": {
        "id": "ID!"
      }
    },
    "deleteEventSession": {
      "type": "EventSession",
      "args": {
        "id": "ID!"
      }
    },
    "deleteGroup": {
      "type": "Group",
      "args": {
        "id": "ID!"
      }
    },
    "deleteLabelAward": {
      "type": "LabelAward",
      "args": {
        "id": "ID!"
      }
    },
    "deleteMailing": {
      "type": "Mailing",
      "args": {
        "id": "ID!"
      }
    },
    "deleteMailingAttachment": {
      "type": "MailingAttachment",
      "args": {
        "id": "ID!"
      }
    },
    "deleteParticipation": {
      "type": "Participation",
      "args": {
        "id": "ID!"
      }
    },
    "deleteParticipations": {
      "type": "DeleteParticipationsResult",
      "args": {
        "ids": "[ID!]!"
      }
    },
    "deletePartner": {
      "type": "Partner",
      "args": {
        "id": "ID!"
      }
    },
    "deletePartnership": {
      "type": "Partnership",
      "args": {
        "id": "ID!"
      }
    },
    "deletePosition": {
      "type": "Position",
      "args": {
        "id": "ID!"
      }
    },
    "deleteWebhookEndpoint": {
      "type": "WebhookEndpoint",
      "args": {
        "id": "ID!"
      }
    },
    "endGroupOffice": {
      "type": "GroupOffice",
      "args": {
        "endedOn": "Date",
        "id": "ID!"
      }
    },
    "eraseContact": {
      "type": "Contact",
      "args": {
        "id": "ID!"
      }
    },
    "exportContactData": {
      "type": "String",
      "args": {
        "id": "ID!"
      }
    },
    "generateDues": {
      "type": "DuesGeneration",
      "args": {
        "invoicedOn": "Date",
        "year": "Int!"
      }
    },
    "markAbsentees": {
      "type": "MarkAbsenteesResult",
      "args": {
        "eventId": "ID!"
      }
    },
    "markFeesPaid": {
      "type": "MembershipFee",
      "args": {
        "input": "MarkFeesPaidInput!"
      }
    },
    "mergeContacts": {
      "type": "Contact",
      "args": {
        "keptId": "ID!",
        "mergedId": "ID!"
      }
    },
    "previewParticipationImport": {
      "type": "ImportPreview",
      "args": {
        "input": "ParticipationImportInput!"
      }
    },
    "registerWalkIn": {
      "type": "Participation",
      "args": {
        "input": "WalkInInput!"
      }
    },
    "removeGroupMember": {
      "type": "GroupMember",
      "args": {
        "collectivityId": "ID!",
        "groupId": "ID!",
        "leftOn": "Date"
      }
    },
    "replayWebhookDelivery": {
      "type": "WebhookDelivery",
      "args": {
        "id": "ID!"
      }
    },
    "revokeApiToken": {
      "type": "ApiToken",
      "args": {
        "id": "ID!"
      }
    },
    "sendMailing": {
      "type": "Mailing",
      "args": {
        "id": "ID!",
        "version": "Int!"
      }
    },
    "sendTestMailing": {
      "type": "String",
      "args": {
        "id": "ID!"
      }
    },
    "setFeeScale": {
      "type": "FeeScale",
      "args": {
        "input": "SetFeeScaleInput!"
      }
    },
    "setParticipationsStatus": {
      "type": "BulkParticipationsResult",
      "args": {
        "ids": "[ID!]!",
        "status": "ParticipationStatus!"
      }
    },
    "signIn": {
      "type": "User",
      "args": {
        "email": "String!",
        "password": "String!"
      }
    },
    "signOut": {
      "type": "Boolean",
      "args": {}
    },
    "undoCheckIn": {
      "type": "Participation",
      "args": {
        "id": "ID!"
      }
    },
    "undoParticipationImport": {
      "type": "UndoImportResult",
      "args": {
        "id": "ID!"
      }
    },
    "updateCollectivity": {
      "type": "Collectivity",
      "args": {
        "id": "ID!",
        "input": "UpdateCollectivityInput!"
      }
    },
    "updateContact": {
      "type": "Contact",
      "args": {
        "id": "ID!",
        "input": "UpdateContactInput!"
      }
    },
    "updateCooperation": {
      "type": "Cooperation",
      "args": {
        "id": "ID!",
        "input": "UpdateCooperationInput!"
      }
    },
    "updateEvent": {
      "type": "Event",
      "args": {
        "id": "ID!",
        "input": "UpdateEventInput!"
      }
    },
    "updateEventSeries": {
      "type": "EventSeries",
      "args": {
        "id": "ID!",
        "input": "UpdateEventSeriesInput!"
      }
    },
    "updateEventSession": {
      "type": "EventSession",
      "args": {
        "id": "ID!",
        "input": "UpdateEventSessionInput!"
      }
    },
    "updateGroup": {
      "type": "Group",
      "args": {
        "id": "ID!",
        "input": "UpdateGroupInput!"
      }
    },
    "updateLabelAward": {
      "type": "LabelAward",
      "args": {
        "id": "ID!",
        "input": "UpdateLabelAwardInput!"
      }
    },
    "updateLetterhead": {
      "type": "Letterhead",
      "args": {
        "input": "UpdateLetterheadInput!"
      }
    },
    "updateMailing": {
      "type": "Mailing",
      "args": {
        "id": "ID!",
        "input": "UpdateMailingInput!"
      }
    },
    "updateParticipation": {
      "type": "Participation",
      "args": {
        "id": "ID!",
        "input": "UpdateParticipationInput!"
      }
    },
    "updatePartner": {
      "type": "Partner",
      "args": {
        "id": "ID!",
        "input": "UpdatePartnerInput!"
      }
    },
    "updatePartnership": {
      "type": "Partnership",
      "args": {
        "id": "ID!",
        "input": "UpdatePartnershipInput!"
      }
    },
    "updatePosition": {
      "type": "Position",
      "args": {
        "id": "ID!",
        "input": "UpdatePositionInput!"
      }
    },
    "updateUser": {
      "type": "User",
      "args": {
        "id": "ID!",
        "input": "UpdateUserInput!"
      }
    },
    "updateWebhookEndpoint": {
      "type": "WebhookEndpoint",
      "args": {
        "id": "ID!",
        "input": "UpdateWebhookEndpointInput!"
      }
    },
    "waiveFee": {
      "type": "MembershipFee",
      "args": {
        "input": "WaiveFeeInput!"
      }
    }
  },
  "objects": {
    "Contact": {
      "offices": {
        "type": "GroupOffice",
        "args": {
          "current": "Boolean"
        }
      },
      "positions": {
        "type": "Position",
        "args": {
          "current": "Boolean"
        }
      }
    },
    "CountryGroup": {
      "members": {
        "type": "GroupMemberPage",
        "args": {
          "filter": "GroupMemberFilter",
          "page": "PageInput"
        }
      },
      "officers": {
        "type": "GroupOffice",
        "args": {
          "current": "Boolean"
        }
      }
    },
    "Group": {
      "members": {
        "type": "GroupMemberPage",
        "args": {
          "filter": "GroupMemberFilter",
          "page": "PageInput"
        }
      },
      "officers": {
        "type": "GroupOffice",
        "args": {
          "current": "Boolean"
        }
      }
    },
    "Partner": {
      "partnerships": {
        "type": "Partnership",
        "args": {
          "year": "Int"
        }
      }
    },
    "ThematicGroup": {
      "members": {
        "type": "GroupMemberPage",
        "args": {
          "filter": "GroupMemberFilter",
          "page": "PageInput"
        }
      },
      "officers": {
        "type": "GroupOffice",
        "args": {
          "current": "Boolean"
        }
      }
    }
  },
  "inputs": {
    "AssignOfficerInput": {
      "contactId": "ID!",
      "endedOn": "Date",
      "groupId": "ID!",
      "role": "OfficerRole!",
      "startedOn": "Date!"
    },
    "AuditFilterInput": {
      "actorId": "ID",
      "entityId": "ID",
      "entityType": "String"
    },
    "AwardLabelInput": {
      "citation": "String",
      "collectivityId": "ID!",
      "eventId": "ID",
      "labelId": "ID!",
      "year": "Int!"
    },
    "CollectivityFilter": {
      "countryCode": "String",
      "departmentCode": "String",
      "ids": "[ID!]",
      "kinds": "[CollectivityKind!]",
      "membershipStatuses": "[MembershipStatus!]",
      "regionCode": "String",
      "search": "String"
    },
    "CollectivitySort": {
      "direction": "SortDirection!",
      "field": "CollectivitySortField!"
    },
    "ColumnMappingInput": {
      "column": "Int!",
      "field": "ImportField"
    },
    "ContactFilter": {
      "collectivityId": "ID",
      "consentStatuses": "[ConsentStatus!]",
      "eventId": "ID",
      "groupId": "ID",
      "ids": "[ID!]",
      "memberCollectivities": "Boolean",
      "partners": "Boolean",
      "positionKind": "PositionKind",
      "search": "String"
    },
    "ContactSort": {
      "direction": "SortDirection!",
      "field": "ContactSortField!"
    },
    "CreateApiTokenInput": {
      "expiresAt": "DateTime!",
      "name": "String!",
      "scopes": "[String!]!"
    },
    "CreateCollectivityInput": {
      "address": "String",
      "countryCode": "String!",
      "departmentCode": "String",
      "email": "String",
      "inseeCode": "String",
      "kind": "CollectivityKind!",
      "membershipStatus": "MembershipStatus!",
      "memberSince": "Date",
      "memberUntil": "Date",
      "name": "String!",
      "notes": "String",
      "phone": "String",
      "population": "Int",
      "postalCodes": "[String!]",
      "regionCode": "String",
      "siren": "String",
      "website": "String"
    },
    "CreateContactInput": {
      "civility": "Civility",
      "confirmNotDuplicate": "Boolean!",
      "consentSource": "String",
      "consentStatus": "ConsentStatus",
      "email": "String",
      "firstName": "String!",
      "lastName": "String!",
      "notes": "String",
      "phone": "String",
      "position": "PositionFields"
    },
    "CreateCooperationInput": {
      "foreignCollectivityId": "ID!",
      "frenchCollectivityId": "ID!",
      "kind": "CooperationKind!",
      "notes": "String",
      "since": "Date",
      "themes": "[String!]"
    },
    "CreateCountryGroupInput": {
      "allowsCoPresidency": "Boolean",
      "countries": "[String!]!",
      "description": "String",
      "name": "String!"
    },
    "CreateEventInput": {
      "city": "String",
      "editionNumber": "Int!",
      "endsOn": "Date!",
      "hashtag": "String",
      "seriesId": "ID!",
      "startsOn": "Date!",
      "theme": "String",
      "title": "String!",
      "venue": "String",
      "website": "String",
      "year": "Int!"
    },
    "CreateEventSessionInput": {
      "description": "String",
      "durationMinutes": "Int",
      "eventId": "ID!",
      "kind": "EventSessionKind!",
      "room": "String",
      "speakerIds": "[ID!]",
      "startsAt": "DateTime",
      "title": "String!"
    },
    "CreateMailingInput": {
      "audience": "MailingAudienceInput",
      "body": "String!",
      "duesLetter": "DuesLetterKind",
      "duesYear": "Int",
      "editionId": "ID",
      "subject": "String!"
    },
    "CreateParticipationInput": {
      "collectivityId": "ID",
      "contactId": "ID",
      "countryCode": "String",
      "eventId": "ID!",
      "notes": "String",
      "organisationName": "String",
      "partnerId": "ID",
      "registeredAt": "DateTime",
      "role": "ParticipationRole!",
      "status": "ParticipationStatus!"
    },
    "CreatePartnerInput": {
      "acronym": "String",
      "countryCode": "String",
      "kind": "PartnerKind!",
      "name": "String!",
      "notes": "String",
      "website": "String"
    },
    "CreatePartnershipInput": {
      "agreementReference": "String",
      "amountCents": "Int",
      "eventId": "ID",
      "kind": "PartnershipKind!",
      "notes": "String",
      "partnerId": "ID!",
      "year": "Int!"
    },
    "CreatePositionInput": {
      "collectivityId": "ID",
      "contactId": "ID!",
      "endedOn": "Date",
      "kind": "PositionKind!",
      "partnerId": "ID",
      "startedOn": "Date!",
      "title": "String!"
    },
    "CreateThematicGroupInput": {
      "allowsCoPresidency": "Boolean",
      "description": "String",
      "name": "String!",
      "theme": "String!"
    },
    "CreateUserInput": {
      "displayName": "String!",
      "email": "String!",
      "linkedContactId": "ID",
      "password": "String!",
      "role": "Role!"
    },
    "CreateWebhookEndpointInput": {
      "description": "String",
      "eventTypes": "[String!]!",
      "scopes": "[String!]!",
      "url": "String!"
    },
    "EventFilter": {
      "ids": "[ID!]",
      "search": "String",
      "seriesId": "ID",
      "upcoming": "Boolean",
      "year": "Int"
    },
    "EventSeriesInput": {
      "acronym": "String",
      "description": "String",
      "name": "String!"
    },
    "FeeBracketInput": {
      "amountCents": "Int!",
      "maxPopulation": "Int",
      "minPopulation": "Int!"
    },
    "GroupFilter": {
      "countryCode": "String",
      "ids": "[ID!]",
      "kind": "GroupKind",
      "search": "String"
    },
    "GroupMemberFilter": {
      "currentOnly": "Boolean!",
      "search": "String"
    },
    "ImportGroupAnswerInput": {
      "answer": "ImportAnswer!",
      "contactId": "ID",
      "question": "ImportQuestion!"
    },
    "ImportResolutionInput": {
      "collectivityId": "ID",
      "contactId": "ID",
      "line": "Int!",
      "newContact": "Boolean",
      "noOrganisation": "Boolean",
      "partnerId": "ID",
      "skip": "Boolean"
    },
    "ImportStatusValueInput": {
      "status": "ParticipationStatus!",
      "value": "String!"
    },
    "LabelInput": {
      "description": "String",
      "name": "String!"
    },
    "MailingAudienceInput": {
      "collectivityId": "ID",
      "eventId": "ID",
      "groupId": "ID",
      "memberCollectivities": "Boolean",
      "partners": "Boolean",
      "positionKind": "PositionKind"
    },
    "MailingFilter": {
      "statuses": "[MailingStatus!]"
    },
    "MailingRecipientFilter": {
      "statuses": "[RecipientStatus!]"
    },
    "MarkFeesPaidInput": {
      "ids": "[ID!]!",
      "paidOn": "Date!",
      "paymentReference": "String"
    },
    "MembershipFeeFilter": {
      "collectivityId": "ID",
      "ids": "[ID!]",
      "search": "String",
      "statuses": "[FeeStatus!]",
      "year": "Int"
    },
    "PageInput": {
      "after": "String",
      "limit": "Int!",
      "offset": "Int!",
      "updatedSince": "DateTime"
    },
    "ParticipationFilter": {
      "checkedIn": "Boolean",
      "collectivityId": "ID",
      "contactId": "ID",
      "countryCodes": "[String!]",
      "eventId": "ID",
      "groupId": "ID",
      "ids": "[ID!]",
      "partnerId": "ID",
      "roles": "[ParticipationRole!]",
      "search": "String",
      "statuses": "[ParticipationStatus!]"
    },
    "ParticipationImportInput": {
      "contentBase64": "String!",
      "eventId": "ID!",
      "fileName": "String!",
      "groupAnswers": "[ImportGroupAnswerInput!]",
      "mapping": "[ColumnMappingInput!]",
      "resolutions": "[ImportResolutionInput!]",
      "statusValues": "[ImportStatusValueInput!]"
    },
    "ParticipationSort": {
      "direction": "SortDirection!",
      "field": "ParticipationSortField!"
    },
    "PartnerFilter": {
      "ids": "[ID!]",
      "kinds": "[PartnerKind!]",
      "search": "String"
    },
    "PartnershipFilter": {
      "kinds": "[PartnershipKind!]",
      "partnerId": "ID",
      "year": "Int"
    },
    "PositionFields": {
      "collectivityId": "ID",
      "endedOn": "Date",
      "kind": "PositionKind!",
      "partnerId": "ID",
      "startedOn": "Date!",
      "title": "String!"
    },
    "SetFeeScaleInput": {
      "brackets": "[FeeBracketInput!]!",
      "dueOn": "Date!",
      "version": "Int",
      "year": "Int!"
    },
    "TombstoneFilter": {
      "types": "[String!]"
    },
    "UpdateCollectivityInput": {
      "address": "String",
      "countryCode": "String",
      "deliberationDate": "Date",
      "deliberationReference": "String",
      "departmentCode": "String",
      "email": "String",
      "inseeCode": "String",
      "kind": "CollectivityKind",
      "membershipStatus": "MembershipStatus",
      "memberSince": "Date",
      "memberUntil": "Date",
      "name": "String",
      "notes": "String",
      "phone": "String",
      "population": "Int",
      "postalCodes": "[String!]",
      "regionCode": "String",
      "siren": "String",
      "version": "Int!",
      "website": "String"
    },
    "UpdateContactInput": {
      "civility": "Civility",
      "consentSource": "String",
      "consentStatus": "ConsentStatus",
      "email": "String",
      "firstName": "String",
      "lastName": "String",
      "notes": "String",
      "phone": "String",
      "version": "Int!"
    },
    "UpdateCooperationInput": {
      "endedOn": "Date",
      "kind": "CooperationKind",
      "notes": "String",
      "since": "Date",
      "themes": "[String!]",
      "version": "Int!"
    },
    "UpdateEventInput": {
      "city": "String",
      "editionNumber": "Int",
      "endsOn": "Date",
      "hashtag": "String",
      "startsOn": "Date",
      "theme": "String",
      "title": "String",
      "venue": "String",
      "version": "Int!",
      "website": "String",
      "year": "Int"
    },
    "UpdateEventSeriesInput": {
      "acronym": "String",
      "description": "String",
      "name": "String",
      "version": "Int!"
    },
    "UpdateEventSessionInput": {
      "description": "String",
      "durationMinutes": "Int",
      "kind": "EventSessionKind",
      "room": "String",
      "speakerIds": "[ID!]",
      "startsAt": "DateTime",
      "title": "String",
      "version": "Int!"
    },
    "UpdateGroupInput": {
      "allowsCoPresidency": "Boolean",
      "countries": "[String!]",
      "description": "String",
      "name": "String",
      "theme": "String",
      "version": "Int!"
    },
    "UpdateLabelAwardInput": {
      "citation": "String",
      "eventId": "ID",
      "version": "Int!",
      "year": "Int"
    },
    "UpdateLetterheadInput": {
      "address": "String",
      "logo": "String",
      "organisationName": "String",
      "signatory": "String",
      "signature": "String",
      "version": "Int!"
    },
    "UpdateMailingInput": {
      "audience": "MailingAudienceInput",
      "body": "String",
      "duesLetter": "DuesLetterKind",
      "duesYear": "Int",
      "editionId": "ID",
      "subject": "String",
      "version": "Int!"
    },
    "UpdateParticipationInput": {
      "collectivityId": "ID",
      "countryCode": "String",
      "notes": "String",
      "organisationName": "String",
      "partnerId": "ID",
      "role": "ParticipationRole",
      "status": "ParticipationStatus",
      "version": "Int!"
    },
    "UpdatePartnerInput": {
      "acronym": "String",
      "countryCode": "String",
      "kind": "PartnerKind",
      "name": "String",
      "notes": "String",
      "version": "Int!",
      "website": "String"
    },
    "UpdatePartnershipInput": {
      "agreementReference": "String",
      "amountCents": "Int",
      "eventId": "ID",
      "kind": "PartnershipKind",
      "notes": "String",
      "version": "Int!",
      "year": "Int"
    },
    "UpdatePositionInput": {
      "endedOn": "Date",
      "kind": "PositionKind",
      "startedOn": "Date",
      "title": "String",
      "version": "Int!"
    },
    "UpdateUserInput": {
      "active": "Boolean",
      "displayName": "String",
      "email": "String",
      "linkedContactId": "ID",
      "password": "String",
      "role": "Role",
      "version": "Int!"
    },
    "UpdateWebhookEndpointInput": {
      "description": "String",
      "enabled": "Boolean",
      "eventTypes": "[String!]",
      "scopes": "[String!]",
      "url": "String",
      "version": "Int!"
    },
    "UserFilter": {
      "active": "Boolean",
      "roles": "[Role!]",
      "search": "String"
    },
    "WaiveFeeInput": {
      "id": "ID!",
      "reason": "String!"
    },
    "WalkInInput": {
      "civility": "Civility",
      "collectivityId": "ID",
      "contactId": "ID",
      "countryCode": "String",
      "email": "String",
      "eventId": "ID!",
      "firstName": "String",
      "lastName": "String",
      "notes": "String",
      "organisationName": "String",
      "partnerId": "ID",
      "role": "ParticipationRole!"
    }
  },
  "enums": {
    "Civility": [
      "MR",
      "MS"
    ],
    "CollectivityKind": [
      "AGGLOMERATION_COMMUNITY",
      "COMMUNE",
      "COMMUNITY_OF_COMMUNES",
      "DEPARTMENT",
      "FOREIGN_LOCAL_GOVERNMENT",
      "METROPOLIS",
      "OVERSEAS_COLLECTIVITY",
      "REGION",
      "SPECIAL_STATUS",
      "TERRITORIAL_PUBLIC_ESTABLISHMENT",
      "URBAN_COMMUNITY"
    ],
    "CollectivitySortField": [
      "DEPARTMENT_CODE",
      "INSEE_CODE",
      "KIND",
      "MEMBERSHIP_STATUS",
      "NAME",
      "POPULATION",
      "RELEVANCE",
      "UPDATED_AT"
    ],
    "ConsentStatus": [
      "GIVEN",
      "UNKNOWN",
      "WITHDRAWN"
    ],
    "ContactSortField": [
      "CREATED_AT",
      "NAME",
      "UPDATED_AT"
    ],
    "CooperationKind": [
      "DECENTRALISED_COOPERATION",
      "FRIENDSHIP_PACT",
      "MEMORANDUM_OF_UNDERSTANDING",
      "OTHER",
      "TWINNING"
    ],
    "DuesLetterKind": [
      "CALL",
      "RECEIPT"
    ],
    "EventSessionKind": [
      "CEREMONY",
      "MICRO_WORKSHOP",
      "OTHER",
      "PLENARY",
      "QUIZ",
      "WORKSHOP"
    ],
    "FeeStatus": [
      "INVOICED",
      "LATE",
      "PAID",
      "WAIVED"
    ],
    "GroupKind": [
      "COUNTRY",
      "THEMATIC"
    ],
    "ImportAnswer": [
      "KEEP_NAME",
      "KNOWN_CONTACT",
      "NEW_CONTACT",
      "SKIP"
    ],
    "ImportField": [
      "CIVILITY",
      "COUNTRY",
      "EMAIL",
      "FIRST_NAME",
      "JOB_TITLE",
      "LAST_NAME",
      "ORGANISATION",
      "ORGANISATION_CODE",
      "ORGANISATION_TYPE",
      "PHONE",
      "REGISTERED_AT",
      "ROLE",
      "STATUS"
    ],
    "ImportMatch": [
      "CHOSEN",
      "CODE",
      "EMAIL",
      "NAME",
      "NEW",
      "NONE"
    ],
    "ImportQuestion": [
      "SAME_NAME_NO_EMAIL",
      "SAME_NAME_OTHER_EMAIL",
      "SEVERAL_ORGANISATIONS"
    ],
    "ImportRowOutcome": [
      "ALREADY_REGISTERED",
      "AMBIGUOUS",
      "DUPLICATE",
      "ERROR",
      "NEW"
    ],
    "MailingStatus": [
      "DRAFT",
      "SENDING",
      "SENT"
    ],
    "MembershipStatus": [
      "FORMER_MEMBER",
      "MEMBER",
      "NONE",
      "PROSPECT"
    ],
    "OfficerRole": [
      "CO_PRESIDENT",
      "PRESIDENT",
      "SECRETARY",
      "VICE_PRESIDENT"
    ],
    "ParticipationRole": [
      "ATTENDEE",
      "EMBASSY",
      "FOREIGN_DELEGATION",
      "ORGANISER",
      "PARTNER",
      "PRESS",
      "SPEAKER"
    ],
    "ParticipationSortField": [
      "CHECKED_IN_AT",
      "COUNTRY",
      "NAME",
      "REGISTERED_AT",
      "ROLE",
      "STATUS"
    ],
    "ParticipationStatus": [
      "ATTENDED",
      "CANCELLED",
      "NO_SHOW",
      "REGISTERED"
    ],
    "PartnerKind": [
      "ACADEMIC",
      "AGENCY",
      "COMPANY",
      "EMBASSY",
      "EU_PROGRAMME",
      "FOREIGN_LOCAL_GOVERNMENT",
      "MINISTRY",
      "NETWORK",
      "NGO",
      "OTHER"
    ],
    "PartnershipKind": [
      "FINANCIAL",
      "INSTITUTIONAL",
      "IN_KIND"
    ],
    "PositionKind": [
      "ELECTED",
      "OTHER",
      "STAFF"
    ],
    "RecipientStatus": [
      "BOUNCED",
      "FAILED",
      "QUEUED",
      "SENDING",
      "SENT",
      "SKIPPED"
    ],
    "Role": [
      "ADMIN",
      "GROUP_PRESIDENT",
      "STAFF"
    ],
    "SortDirection": [
      "ASC",
      "DESC"
    ],
    "TombstoneKind": [
      "DELETED",
      "ERASED"
    ]
  }
};
