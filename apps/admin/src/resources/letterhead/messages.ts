/** The letterhead settings page (resources/letterhead). */
const fr = {
  letterhead: {
    menu: 'Papier à en-tête',
    title: 'Papier à en-tête des courriers',
    intro: "Imprimé sur les appels de cotisation et les reçus : le nom et l'adresse de l'association, son logo, la signature.",
    fields: {
      organisationName: "Nom de l'association",
      address: 'Adresse (plusieurs lignes)',
      signatory: 'Signataire (ex. « Le président, François Rebsamen »)',
      logo: 'Logo',
      signature: 'Signature',
    },
    imageHint: 'PNG ou JPEG, %{limit} Ko au plus.',
    choose: 'Choisir une image',
    remove: 'Retirer',
    none: 'Aucune image',
    saved: 'Papier à en-tête enregistré.',
    errors: {
      IMAGE_TOO_LARGE: 'Image trop lourde : %{size} Ko, %{limit} Ko au plus.',
      IMAGE_TYPE_NOT_ALLOWED: 'Seules les images PNG et JPEG sont acceptées.',
      IMAGE_CONTENT_MISMATCH: "Le fichier n'est pas l'image qu'il prétend être.",
      IMAGE_NOT_DATA_URL: "L'image n'a pas pu être lue.",
    },
  },
};

const en: typeof fr = {
  letterhead: {
    menu: 'Letterhead',
    title: 'Letterhead of the letters',
    intro: "Printed on dues calls and receipts: the association's name and address, its logo, the signature.",
    fields: {
      organisationName: "Association's name",
      address: 'Address (several lines)',
      signatory: 'Signatory (e.g. “The president, François Rebsamen”)',
      logo: 'Logo',
      signature: 'Signature',
    },
    imageHint: 'PNG or JPEG, at most %{limit} KB.',
    choose: 'Choose an image',
    remove: 'Remove',
    none: 'No image',
    saved: 'Letterhead saved.',
    errors: {
      IMAGE_TOO_LARGE: 'Image too large: %{size} KB, at most %{limit} KB.',
      IMAGE_TYPE_NOT_ALLOWED: 'Only PNG and JPEG images are accepted.',
      IMAGE_CONTENT_MISMATCH: 'The file is not the image it claims to be.',
      IMAGE_NOT_DATA_URL: 'The image could not be read.',
    },
  },
};

export const letterheadMessages = { fr, en };
