import { ObjectType, Field } from '@nestjs/graphql';
import { PageType } from '../../../common/pagination/page.type.js';
import { Contact } from '../contact.entity.js';

export const ContactPage = PageType(Contact, 'ContactPage');

@ObjectType({ description: 'Everything held on a person, for a subject access request' })
export class PersonalDataExport {
  @Field({ description: 'Everything held on the person, as JSON' })
  json: string;
}
