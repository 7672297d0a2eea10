/**
 * Spanish: neutral counter Spanish for Spain and Latin America, instructions in the "usted" form
 * ("Introduzca", "Llame a un encargado"). Same keys as en.ts.
 */
import type { en } from './en.js';
import type { CatalogShape } from './catalog-shape.js';

type ErrorText = { title: string; nextStep: string };
/**
 * Error texts are checked per code by test/unit/renderer/i18n-catalogs.test.ts rather than by the
 * type, so adding an error code to shared/ does not stop the build before its Spanish exists.
 */
type SpanishCatalog = Omit<CatalogShape<typeof en>, 'errors'> & { errors: Record<string, ErrorText> };

export const es: SpanishCatalog = {
  language: {
    en: 'English',
    es: 'Español',
  },
  customerDisplay: {
    title: 'Tillcard — pantalla del cliente',
    region: 'Pantalla del cliente',
    welcome: 'Bienvenido',
    balance: 'Saldo de su tarjeta regalo',
    card: 'Tarjeta {{card}}',
    redeeming: 'Canjeando {{amount}} de su tarjeta regalo',
    thankYou: 'Gracias',
    payment: 'Pago con su tarjeta regalo',
    redeemed: 'Canjeado',
    remaining: 'Saldo restante',
    stillDue: 'Pendiente: {{amount}} — pague el resto con otro medio de pago',
    declined: 'Esta tarjeta no se puede usar aquí',
    seeCashier: 'Consulte con el cajero.',
    wait: 'Un momento, por favor',
    checking: 'El cajero está comprobando su pago.',
  },
  customerDisplay: {
    title: 'Tillcard — pantalla del cliente',
    region: 'Pantalla del cliente',
    welcome: 'Bienvenido',
    balance: 'Saldo de su tarjeta regalo',
    card: 'Tarjeta {{card}}',
    redeeming: 'Canjeando {{amount}} de su tarjeta regalo',
    thankYou: 'Gracias',
    payment: 'Pago con su tarjeta regalo',
    redeemed: 'Canjeado',
    remaining: 'Saldo restante',
    stillDue: 'Pendiente: {{amount}} — pague el resto con otro medio de pago',
    declined: 'Esta tarjeta no se puede usar aquí',
    seeCashier: 'Consulte con el cajero.',
    wait: 'Un momento, por favor',
    checking: 'El cajero está comprobando su pago.',
  },
  errors: {
    bad_request: {
      title: 'Solicitud no entendida',
      nextStep: 'Inténtelo de nuevo. Si vuelve a pasar, reinicie el terminal.',
    },
    body_too_large: {
      title: 'Solicitud demasiado grande',
      nextStep: 'Inténtelo de nuevo. Si vuelve a pasar, reinicie el terminal.',
    },
    amount_invalid: {
      title: 'Importe no válido',
      nextStep: 'Introduzca un importe mayor que cero, en la moneda de la tarjeta.',
    },
    code_malformed: {
      title: 'Código de tarjeta no válido',
      nextStep: 'Compruebe el código de la tarjeta e introdúzcalo de nuevo.',
    },
    not_found: { title: 'No encontrado', nextStep: 'No hay coincidencias. Compruebe lo que ha introducido.' },
    card_not_found: {
      title: 'Tarjeta no encontrada',
      nextStep: 'Compruebe el código de la tarjeta e introdúzcalo de nuevo, o escanee la tarjeta.',
    },
    card_not_active: {
      title: 'Tarjeta no activada',
      nextStep: 'Esta tarjeta nunca se activó. Pida el ticket de compra y llame a un encargado.',
    },
    card_frozen: {
      title: 'Tarjeta bloqueada',
      nextStep: 'Esta tarjeta figura como perdida o robada. Retenga la tarjeta y llame a un encargado.',
    },
    card_closed: {
      title: 'Tarjeta cerrada',
      nextStep: 'Esta tarjeta está cerrada y no se puede usar. Cobre con otro medio de pago.',
    },
    card_expired: {
      title: 'Tarjeta caducada',
      nextStep: 'Esta tarjeta ha caducado. Cobre con otro medio de pago.',
    },
    card_empty: {
      title: 'Tarjeta sin saldo',
      nextStep: 'No queda saldo en esta tarjeta. Cobre con otro medio de pago.',
    },
    insufficient_funds: {
      title: 'Saldo insuficiente',
      nextStep: 'Canjee el saldo que queda, o un importe menor, y cobre el resto con otro medio de pago.',
    },
    region_mismatch: {
      title: 'Tarjeta de otra región',
      nextStep: 'Esta tarjeta es de otra región y no se puede usar en esta tienda. Cobre con otro medio de pago.',
    },
    currency_mismatch: {
      title: 'Tarjeta en otra moneda',
      nextStep: 'Esta tarjeta está en otra moneda y no se puede usar en esta tienda. Cobre con otro medio de pago.',
    },
    entry_locked: {
      title: 'Introducción de códigos bloqueada',
      nextStep: 'Demasiados códigos erróneos. Espere a que termine el bloqueo o llame a un encargado para desbloquear.',
    },
    idempotency_conflict: {
      title: 'Conflicto en la solicitud',
      nextStep: 'Esta operación ya se envió con otros datos. Empiece de nuevo con Siguiente cliente.',
    },
    key_reversed: {
      title: 'Operación anulada',
      nextStep: 'Esta operación se anuló y no se cobró nada. Empiece de nuevo.',
    },
    unauthorized: {
      title: 'Sesión no iniciada',
      nextStep: 'Inicie sesión de nuevo. Si este terminal se desvinculó, llame a un encargado.',
    },
    session_expired: { title: 'Sesión caducada', nextStep: 'Su sesión ha terminado. Inicie sesión de nuevo.' },
    forbidden: { title: 'No permitido', nextStep: 'Esto requiere un encargado. Llame a un encargado.' },
    manager_approval_required: {
      title: 'Se necesita la aprobación de un encargado',
      nextStep: 'Llame a un encargado para que apruebe con su PIN.',
    },
    signin_locked: {
      title: 'Inicio de sesión bloqueado',
      nextStep: 'Demasiados PIN erróneos. Espere unos minutos o llame a un encargado.',
    },
    no_open_shift: {
      title: 'No hay turno abierto',
      nextStep: 'Cierre la sesión y vuelva a iniciarla para abrir un turno.',
    },
    shift_closed: {
      title: 'Turno cerrado',
      nextStep: 'Este turno está cerrado. Inicie sesión de nuevo para abrir otro.',
    },
    already_voided: {
      title: 'Ya anulado',
      nextStep: 'Este canje ya se anuló. No hay que hacer nada más.',
    },
    void_not_allowed: {
      title: 'No se puede anular',
      nextStep: 'Solo se pueden anular canjes de un turno abierto en esta tienda.',
    },
    transfer_invalid: {
      title: 'Traspaso no posible',
      nextStep: 'Solo se puede traspasar el saldo de una tarjeta bloqueada a una tarjeta activa de la misma moneda.',
    },
    pairing_code_invalid: {
      title: 'Código de vinculación no reconocido',
      nextStep: 'Compruebe el código que le dio el encargado e introdúzcalo de nuevo.',
    },
    pairing_code_expired: {
      title: 'Código de vinculación caducado',
      nextStep: 'Este código es demasiado antiguo. Pida a un encargado un código de vinculación nuevo.',
    },
    pairing_code_used: {
      title: 'Código de vinculación ya usado',
      nextStep: 'Cada código vincula un solo terminal una vez. Pida a un encargado un código de vinculación nuevo.',
    },
    pairing_locked: {
      title: 'Vinculación en pausa',
      nextStep: 'Demasiados códigos de vinculación erróneos. Espere unos minutos y vuelva a intentarlo.',
    },
    backend_unreachable: {
      title: 'No hay conexión con el servicio de tarjetas regalo',
      nextStep: 'No se ha cobrado nada. Compruebe la red y pulse Reintentar.',
    },
    outcome_unknown: {
      title: 'Resultado desconocido: no entregue la mercancía',
      nextStep: 'El terminal está comprobando si se cobró la tarjeta. Espere o llame a un encargado.',
    },
    not_charged: {
      title: 'No cobrado: puede intentarlo de nuevo',
      nextStep: 'Se perdió la respuesta, así que el terminal anuló este canje: no se cobró la tarjeta.',
    },
    terminal_not_configured: {
      title: 'Terminal sin configurar',
      nextStep: 'Este terminal no tiene clave para el servicio de tarjetas regalo. Llame a un encargado.',
    },
    internal_error: {
      title: 'Algo ha fallado',
      nextStep: 'No se ha cobrado nada. Inténtelo de nuevo; si vuelve a pasar, llame a un encargado.',
    },
  },
  errorFacts: {
    lastUsed: 'Último uso: {{date}}',
    lockedUntil: 'Bloqueada hasta: {{date}}',
    expiredOn: 'Caducó el: {{date}}',
    balance: 'Saldo: {{amount}}',
    cardRegion: 'Región de la tarjeta: {{region}}',
    cardCurrency: 'Moneda de la tarjeta: {{currency}}',
    reason: 'Motivo: {{reason}}',
  },
  signIn: {
    heading: 'Iniciar sesión',
    cashierId: 'ID de cajero',
    pin: 'PIN',
    submit: 'Iniciar sesión',
  },
  status: {
    region: 'Estado del terminal',
    cashier: 'Cajero:',
    terminal: 'Terminal:',
    shiftOpened: 'Turno abierto {{date}}',
    backend: 'Servidor: {{state}}',
    connection: { online: 'Conectado', offline: 'Sin conexión', unknown: 'Conectando…' },
    serialScanner: 'Escáner serie: {{state}}',
    scanner: { connected: 'Conectado', disconnected: 'Desconectado', not_configured: 'Sin configurar' },
    pendingOutcomes: 'Resultados pendientes: {{count}}',
    signOut: 'Cerrar sesión',
  },
  savePdf: {
    transport: 'Guardar como PDF',
    folder: 'Carpeta de los tickets en PDF',
    folderPlaceholder: 'Vacío: la carpeta receipts de los datos del terminal',
    saved: 'Ticket guardado como PDF: {{path}}',
  },
  printQueue: {
    region: 'Tickets en espera',
    waiting_one: '{{count}} ticket esperando a la impresora',
    waiting_other: '{{count}} tickets esperando a la impresora',
    retry: 'Reintentar impresión',
  },
  recoveredReceipt: {
    print: 'Imprimir el ticket de {{card}}',
  },
  redeem: {
    heading: 'Canjear tarjeta regalo',
    modes: { label: 'Qué hacer', redeem: 'Canjear', balance: 'Consultar saldo' },
    codeEntry: {
      label: 'Código de la tarjeta',
      lookingUp: 'Buscando…',
      showBalance: 'Ver saldo',
      lookUp: 'Buscar tarjeta',
    },
    entryProblem: {
      checkFailed: 'Este código no es correcto',
      didYouMean: '¿Quería decir {{code}}?',
      useSuggestion: 'Usar el código sugerido',
      incomplete: 'El código está incompleto: {{length}} de {{total}} caracteres.',
      notGiftCard: 'No es una tarjeta regalo',
      notGiftCardNext:
        'Ese código de barras no es de una tarjeta regalo. Escanee el código de la tarjeta regalo o escríbalo.',
    },
    card: {
      found: 'Tarjeta encontrada',
      balanceHeading: 'Saldo de la tarjeta',
      group: 'Tarjeta',
      card: 'Tarjeta',
      status: 'Estado',
      balance: 'Saldo',
      currency: 'Moneda',
      statuses: { active: 'Activa', inactive: 'No activada', frozen: 'Bloqueada', closed: 'Cerrada' },
    },
    nextCustomer: 'Siguiente cliente',
    tender: {
      group: 'Cuánto canjear',
      full: 'Saldo completo',
      amount: 'Importe',
      sale: 'Total de la venta',
      continue: 'Continuar',
    },
    keypad: { group: 'Teclado numérico', decimalPoint: 'Separador decimal', backspace: 'Retroceso', clear: 'Borrar' },
    confirm: {
      question: '¿Canjear {{amount}} de {{card}}?',
      fullBalance: 'El saldo completo de la tarjeta.',
      saleTotal: 'Total de la venta {{total}}',
      saleTotalStillDue: 'Total de la venta {{total}}; importe pendiente después del canje: {{due}}',
      confirm: 'Confirmar canje',
      back: 'Atrás',
      checking: 'Comprobando…',
      redeeming: 'Canjeando…',
    },
    approved: {
      title: 'Aprobado',
      group: 'Canje',
      card: 'Tarjeta',
      amountRedeemed: 'Importe canjeado',
      balanceBefore: 'Saldo anterior',
      balanceAfter: 'Saldo restante',
      transaction: 'Operación',
      stillDue: 'Importe pendiente: {{amount}}. Cobre el resto con otro medio de pago',
    },
    error: {
      checking: 'Comprobando…',
      checkAgain: 'Volver a comprobar',
      tryAgain: 'Intentar de nuevo',
      retry: 'Reintentar',
      managerUnlock: 'Desbloqueo por encargado',
      unlock: 'Desbloquear',
      enterCodeAgain: 'Introducir el código de nuevo',
    },
    receiptPreview: 'Vista previa del ticket',
  },
  printing: {
    group: 'Impresión del ticket',
    waiting_one: '({{count}} ticket en espera)',
    waiting_other: '({{count}} tickets en espera)',
    printing: 'Imprimiendo…',
    savedPdf: 'Ticket guardado como PDF: {{path}}',
    sent: 'Ticket enviado a la impresora',
    printReceipt: 'Imprimir ticket',
    retryPrinting: 'Reintentar la impresión',
    reprintLast: 'Reimprimir el último ticket',
    balanceSlip: 'Imprimir comprobante de saldo',
  },
  scannerSettings: {
    heading: 'Escáner',
    lead: 'Los escáneres USB que escriben como un teclado no necesitan ajustes aquí. Un escáner serie se abre en el puerto de abajo.',
    port: 'Puerto del escáner serie',
    portHint: 'Elija un puerto encontrado en este terminal o escríbalo; déjelo vacío si no hay escáner serie.',
    noPortList: 'Este terminal no puede listar sus puertos serie ({{problem}}): escriba el puerto.',
    baudRate: 'Velocidad en baudios',
    lineEnding: 'Cada lectura termina con',
    lineEndings: {
      CR: 'Retorno de carro (CR)',
      LF: 'Salto de línea (LF)',
      CRLF: 'CR y LF',
      suffix: 'Otros caracteres',
    },
    suffix: 'Caracteres de sufijo',
    save: 'Guardar ajustes del escáner',
    saved: 'Ajustes del escáner guardados. El escáner se ha vuelto a abrir con ellos.',
    loading: 'Cargando…',
    errors: {
      port: 'Introduzca el puerto serie del escáner, p. ej. /dev/ttyUSB0 o COM3, o déjelo vacío si no hay.',
      baudRate: 'La velocidad debe ser una de {{rates}}.',
      suffix: 'Introduzca de 1 a {{max}} caracteres con los que el escáner termina cada lectura.',
    },
  },
};
