import { describe, expect, it } from '@jest/globals';
import { UserInputError } from '../../../common/errors/app-errors.js';
import { resolveMapping, suggestMapping } from './column-mapping.js';

describe('column mapping', () => {
  it('suggests fields from French and English headers, each field once', () => {
    expect(
      suggestMapping([
        'Civilité',
        'First name',
        'NOM DE FAMILLE',
        'Adresse e-mail',
        'Téléphone',
        'Poste',
        'Structure',
        "Type d'organisation",
        'Code INSEE',
        'Country',
        'Profil',
        'Registered at',
        'Commentaire',
        'Courriel',
      ]),
    ).toEqual([
      'CIVILITY',
      'FIRST_NAME',
      'LAST_NAME',
      'EMAIL',
      'PHONE',
      'JOB_TITLE',
      'ORGANISATION',
      'ORGANISATION_TYPE',
      'ORGANISATION_CODE',
      'COUNTRY',
      'ROLE',
      'REGISTERED_AT',
      null,
      null,
    ]);
  });

  it('lets the person override, and refuses a field twice or no one identified', () => {
    expect(resolveMapping(['Nom', 'Fonction'], [{ column: 1, field: 'LAST_NAME' }])).toEqual([null, 'LAST_NAME']);
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (caught) {
        return (caught as UserInputError).fields[0];
      }
      return null;
    };
    expect(
      error(() =>
        resolveMapping(
          ['Nom', 'Fonction'],
          [
            { column: 0, field: 'LAST_NAME' },
            { column: 1, field: 'LAST_NAME' },
          ],
        ),
      ),
    ).toMatchObject({ field: 'mapping' });
    expect(error(() => resolveMapping(['Prénom', 'Email'], []))).toMatchObject({ field: 'mapping', code: 'NO_IDENTITY' });
    expect(error(() => resolveMapping(['Nom'], [{ column: 3, field: 'EMAIL' }]))).toMatchObject({
      field: 'mapping',
      code: 'COLUMN',
    });
  });
});
