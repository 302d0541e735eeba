import { useMemo } from 'react';
import { DataTable, List, SearchInput, useResourceContext, useTranslate } from 'react-admin';
import { CountryFilterInput } from '../collectivities/filters';
import { CountriesField, PresidentsField, type Group } from './fields';
import { resourceKind } from './paths';
import { CreateOnlyActions, EmptyList } from '../shared/ListParts';

/**
 * "Groupes-pays" or "Groupes thématiques" (the resource fixes the kind): by name, with their
 * countries or theme, their current member count and who presides them. A group president
 * sees only the groups they preside.
 */
export const GroupList = () => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const kind = resourceKind(resource);
  const filters = useMemo(
    () => [
      <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.groups.fields.q')} sx={{ minWidth: 260 }} />,
      ...(kind === 'COUNTRY' ? [<CountryFilterInput key="countryCode" source="countryCode" alwaysOn />] : []),
    ],
    [translate, kind],
  );
  return (
    <List<Group> filters={filters} actions={<CreateOnlyActions />} perPage={25} empty={false}>
      <DataTable<Group> rowClick="show" bulkActionButtons={false} empty={<EmptyList />}>
        <DataTable.Col source="name" disableSort cellSx={() => ({ fontWeight: 500 })} />
        {kind === 'COUNTRY' ? (
          <DataTable.Col source="countries" field={CountriesField} disableSort />
        ) : (
          <DataTable.Col source="theme" disableSort />
        )}
        <DataTable.NumberCol source="memberCount" disableSort sx={{ width: 110 }} />
        <DataTable.Col
          source="presidents"
          label={`resources.${resource}.fields.presidents`}
          field={PresidentsField}
          disableSort
        />
      </DataTable>
    </List>
  );
};

export default GroupList;
