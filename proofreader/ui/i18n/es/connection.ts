<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <source>HeyGen account</source>
        <translation>Cuenta de HeyGen</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>créditos</translation>
    </message>
    <message>
        <source>remaining credit {credit}</source>
        <translation>crédito restante {credit}</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The demo sandbox could not start on this computer: see the log for details, or sign in with an API key instead.</source>
        <translation>El entorno de pruebas de la demostración no ha podido iniciarse en este equipo: consulta el registro para ver los detalles o inicia sesión con una clave de API.</translation>
    </message>
    <message>
        <source>The API key is empty: paste the key from your HeyGen account (Settings → API).</source>
        <translation>La clave de API está vacía: pega la clave de tu cuenta de HeyGen (Settings → API).</translation>
    </message>
    <message>
        <source>Signed in for this session only. {reason}</source>
        <translation>Sesión iniciada solo mientras Proofreader siga abierto. {reason}</translation>
    </message>
    <message>
        <source>The key is saved, but {variable} is also set and will be used instead the next time Proofreader starts.</source>
        <translation>La clave se ha guardado, pero {variable} también está definida y se usará en su lugar la próxima vez que se inicie Proofreader.</translation>
    </message>
    <message>
        <source>Left the demo.</source>
        <translation>Has salido de la demostración.</translation>
    </message>
    <message>
        <source>Signed out for now. {note}</source>
        <translation>Sesión cerrada por ahora. {note}</translation>
    </message>
    <message>
        <source>Signed out: the API key was removed from this computer&apos;s keychain.</source>
        <translation>Sesión cerrada: la clave de API se ha quitado del llavero de este equipo.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Proofreader is closing, so it cannot connect now.</source>
        <translation>Proofreader se está cerrando, así que ahora no puede conectarse.</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <source>Offline sandbox: nothing is sent to HeyGen</source>
        <translation>Entorno de pruebas sin conexión: no se envía nada a HeyGen</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Demo mode. {tip}</source>
        <translation>Modo de demostración. {tip}</translation>
    </message>
    <message>
        <source>Signed in to HeyGen as {name}</source>
        <translation>Sesión iniciada en HeyGen como {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Not connected to HeyGen: sign in with an API key, or try the demo</source>
        <translation>Sin conexión con HeyGen: inicia sesión con una clave de API o prueba la demostración</translation>
    </message>
    <message>
        <source>Signed in to HeyGen as &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Sesión iniciada en HeyGen como &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remaining credit: {credit}</source>
        <translation>Crédito restante: {credit}</translation>
    </message>
    <message>
        <source>API: {address}</source>
        <translation>API: {address}</translation>
    </message>
    <message>
        <source>Key from the {variable} environment variable</source>
        <translation>Clave de la variable de entorno {variable}</translation>
    </message>
    <message>
        <source>Key kept in this computer&apos;s keychain</source>
        <translation>Clave guardada en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Key saved by HeyGen&apos;s CLI (heygen auth login)</source>
        <translation>Clave guardada por la CLI de HeyGen (heygen auth login)</translation>
    </message>
    <message>
        <source>Key used for this session only (not saved)</source>
        <translation>Clave usada solo en esta sesión (sin guardar)</translation>
    </message>
</context>
<context>
    <name>ConnectionUi</name>
    <message>
        <source>Sign In with an API &amp;Key…</source>
        <translation>&amp;Iniciar sesión con una clave de API…</translation>
    </message>
    <message>
        <source>Check a HeyGen API key and keep it in this computer&apos;s keychain</source>
        <translation>Comprobar una clave de API de HeyGen y guardarla en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Try the De&amp;mo (Offline Sandbox)</source>
        <translation>Probar la &amp;demostración (entorno de pruebas sin conexión)</translation>
    </message>
    <message>
        <source>A practice server on this computer: nothing is sent to HeyGen</source>
        <translation>Un servidor de prácticas en este equipo: no se envía nada a HeyGen</translation>
    </message>
    <message>
        <source>Sign Ou&amp;t / Remove Key…</source>
        <translation>Ce&amp;rrar sesión / quitar la clave…</translation>
    </message>
    <message>
        <source>Disconnect, and remove the key kept in the keychain</source>
        <translation>Desconectar y quitar la clave guardada en el llavero</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>API address, polling, download folder, check limits</source>
        <translation>Dirección de la API, consultas periódicas, carpeta de descargas, límites de las comprobaciones</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Iniciando el entorno de pruebas de la demostración…</translation>
    </message>
    <message>
        <source>Demo mode: an offline sandbox on this computer; nothing is sent to HeyGen.</source>
        <translation>Modo de demostración: un entorno de pruebas sin conexión en este equipo; no se envía nada a HeyGen.</translation>
    </message>
    <message>
        <source>Demo mode: a sample proofread of the sandbox&apos;s talk into Spanish has started; it is ready to review in a few seconds. Nothing is sent to HeyGen.</source>
        <translation>Modo de demostración: ha empezado una revisión de ejemplo de la charla del entorno de pruebas al español; estará lista para revisar en unos segundos. No se envía nada a HeyGen.</translation>
    </message>
    <message>
        <source>Sample talk</source>
        <translation>Charla de ejemplo</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Leave the demo? Its sessions stay on this computer for next time.</source>
        <translation>¿Salir de la demostración? Sus sesiones se quedan en este equipo para la próxima vez.</translation>
    </message>
    <message>
        <source>Sign out for now? {note}</source>
        <translation>¿Cerrar sesión por ahora? {note}</translation>
    </message>
    <message>
        <source>Sign out for now? The key comes from HeyGen&apos;s own command line (heygen auth login), so the next start uses it again; run `heygen auth logout` to remove it.</source>
        <translation>¿Cerrar la sesión por ahora? La clave viene de la línea de órdenes de HeyGen (heygen auth login), así que el próximo inicio la volverá a usar; ejecuta `heygen auth logout` para quitarla.</translation>
    </message>
    <message>
        <source>Sign out and remove the API key from this computer&apos;s keychain? Your sessions stay in the library; sign in again to continue them.</source>
        <translation>¿Cerrar sesión y quitar la clave de API del llavero de este equipo? Tus sesiones se quedan en la biblioteca; vuelve a iniciar sesión para continuarlas.</translation>
    </message>
    <message>
        <source>Sign out? The key was not saved, so you will need to paste it again.</source>
        <translation>¿Cerrar sesión? La clave no se guardó, así que tendrás que volver a pegarla.</translation>
    </message>
    <message>
        <source>Sign out — Proofreader</source>
        <translation>Cerrar sesión — Proofreader</translation>
    </message>
    <message>
        <source>Leave the Demo</source>
        <translation>Salir de la demostración</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>CorrectionsUploader</name>
    <message>
        <source>Cannot upload the corrections</source>
        <translation>No se pueden subir las correcciones</translation>
    </message>
    <message>
        <source>Sign in or start the demo first: uploading needs HeyGen.</source>
        <translation>Primero inicia sesión o inicia la demostración: para subir hace falta HeyGen.</translation>
    </message>
    <message>
        <source>Fix these errors before uploading</source>
        <translation>Corrige estos errores antes de subir</translation>
    </message>
    <message>
        <source>Upload corrections — Proofreader</source>
        <translation>Subir correcciones — Proofreader</translation>
    </message>
    <message>
        <source>The checks found 1 warning. Upload anyway?</source>
        <translation>Las comprobaciones han encontrado 1 aviso. ¿Subir de todos modos?</translation>
    </message>
    <message>
        <source>The checks found {count} warnings. Upload anyway?</source>
        <translation>Las comprobaciones han encontrado {count} avisos. ¿Subir de todos modos?</translation>
    </message>
    <message>
        <source>Warnings (reading speed, line length, untranslated text…) do not stop the render, but the dubbed video may read or sound worse. Press F8 to go through them.</source>
        <translation>Los avisos (velocidad de lectura, longitud de línea, texto sin traducir…) no detienen la generación, pero el vídeo doblado puede leerse o sonar peor. Pulsa F8 para recorrerlos.</translation>
    </message>
    <message>
        <source>&amp;Upload Anyway</source>
        <translation>&amp;Subir de todos modos</translation>
    </message>
    <message>
        <source>&amp;Review Warnings</source>
        <translation>&amp;Revisar los avisos</translation>
    </message>
    <message>
        <source>Could not save the corrections to {path} ({reason}); check the free space and the permissions of that folder.</source>
        <translation>No se han podido guardar las correcciones en {path} ({reason}); comprueba el espacio libre y los permisos de esa carpeta.</translation>
    </message>
    <message>
        <source>Uploading the corrections of {session}…</source>
        <translation>Subiendo las correcciones de {session}…</translation>
    </message>
    <message>
        <source>Uploaded the corrections of {session}: generate the final video next.</source>
        <translation>Se han subido las correcciones de {session}: ahora genera el vídeo final.</translation>
    </message>
    <message>
        <source>The corrections were not uploaded</source>
        <translation>No se han subido las correcciones</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>The callback URL contains spaces: correct it or leave it empty.</source>
        <translation>La URL de callback contiene espacios: corrígela o déjala vacía.</translation>
    </message>
    <message>
        <source>The callback URL must be a full https:// address (HeyGen calls it over the internet): correct it or leave it empty.</source>
        <translation>La URL de callback debe ser una dirección https:// completa (HeyGen la llama por internet): corrígela o déjala vacía.</translation>
    </message>
</context>
<context>
    <name>DemoGuide</name>
    <message>
        <source>The demo&apos;s HeyGen session is being prepared by the sandbox. It opens here by itself as soon as it is ready to review, in a few seconds.</source>
        <translation>El sandbox está preparando la sesión de HeyGen de la demo. Se abrirá aquí sola en cuanto esté lista para revisar, en unos segundos.</translation>
    </message>
</context>
<context>
    <name>DialogLayout</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation>Idiomas de destino</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>DirectTranslationDialog</name>
    <message>
        <source>New direct translation — Proofreader</source>
        <translation>Nueva traducción directa — Proofreader</translation>
    </message>
    <message>
        <source>Choose the video to translate (or drop it on this dialog).</source>
        <translation>Elige el vídeo que quieres traducir (o suéltalo en este diálogo).</translation>
    </message>
    <message>
        <source>Names the translations and their downloaded files</source>
        <translation>Da nombre a las traducciones y a sus archivos descargados</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traducir</translation>
    </message>
    <message>
        <source>Translate a video straight away, without reviewing the subtitles first. To check the translation before the final render, start a proofread instead.</source>
        <translation>Traduce un vídeo directamente, sin revisar antes los subtítulos. Para comprobar la traducción antes de la generación final, empieza una revisión.</translation>
    </message>
    <message>
        <source>Tick one or more languages: one translation is made per language.</source>
        <translation>Marca uno o más idiomas: se crea una traducción por idioma.</translation>
    </message>
    <message>
        <source>1 translation: {languages}</source>
        <translation>1 traducción: {languages}</translation>
    </message>
    <message>
        <source>{count} translations: {languages}</source>
        <translation>{count} traducciones: {languages}</translation>
    </message>
    <message>
        <source>{cost} Each translation is charged when it is created.</source>
        <translation>{cost} Cada traducción se cobra al crearse.</translation>
    </message>
    <message>
        <source>Checking that the address gives a video…</source>
        <translation>Comprobando que la dirección lleva a un vídeo…</translation>
    </message>
    <message>
        <source>Starting the translations…</source>
        <translation>Empezando las traducciones…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Cue {number} · {check}: {message}</source>
        <translation>Subtítulo {number} · {check}: {message}</translation>
    </message>
    <message>
        <source>{title} — Proofreader</source>
        <translation>{title} — Proofreader</translation>
    </message>
    <message>
        <source>The corrections have 1 error that HeyGen cannot render well. Fix them, then upload again. Double-click a line to go to its cue.</source>
        <translation>Las correcciones tienen 1 error que HeyGen no puede generar bien. Corrígelo y vuelve a subirlas. Haz doble clic en una línea para ir a su subtítulo.</translation>
    </message>
    <message>
        <source>The corrections have {count} errors that HeyGen cannot render well. Fix them, then upload again. Double-click a line to go to its cue.</source>
        <translation>Las correcciones tienen {count} errores que HeyGen no puede generar bien. Corrígelos y vuelve a subirlas. Haz doble clic en una línea para ir a su subtítulo.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>This key comes from the {variable} environment variable, so Proofreader cannot remove it: unset {variable} and restart Proofreader to stop using it.</source>
        <translation>Esta clave viene de la variable de entorno {variable}, así que Proofreader no puede quitarla: elimina {variable} y reinicia Proofreader para dejar de usarla.</translation>
    </message>
    <message>
        <source>HeyGen refused access with this key: check that it belongs to an account with API access (HeyGen dashboard, Settings → API), then try again.</source>
        <translation>HeyGen ha denegado el acceso con esta clave: comprueba que pertenece a una cuenta con acceso a la API (panel de HeyGen, Settings → API) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>HeyGen did not accept the key in {variable}: set it to the key shown in your HeyGen account (Settings → API) and restart Proofreader.</source>
        <translation>HeyGen no ha aceptado la clave de {variable}: asígnale la clave que aparece en tu cuenta de HeyGen (Settings → API) y reinicia Proofreader.</translation>
    </message>
    <message>
        <source>HeyGen did not accept the key saved on this computer (it may have been revoked): sign in again with a current key from your HeyGen account (Settings → API).</source>
        <translation>HeyGen no ha aceptado la clave guardada en este equipo (puede que se haya revocado): vuelve a iniciar sesión con una clave vigente de tu cuenta de HeyGen (Settings → API).</translation>
    </message>
    <message>
        <source>HeyGen did not accept this key: check that you copied the whole key from your HeyGen account (Settings → API), then try again.</source>
        <translation>HeyGen no ha aceptado esta clave: comprueba que has copiado la clave completa de tu cuenta de HeyGen (Settings → API) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Search languages…</source>
        <translation>Buscar idiomas…</translation>
    </message>
    <message>
        <source>Loading the languages HeyGen offers…</source>
        <translation>Cargando los idiomas que ofrece HeyGen…</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usados recientemente</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Tick one or more languages: one session is made per language.</source>
        <translation>Marca uno o más idiomas: se crea una sesión por idioma.</translation>
    </message>
    <message>
        <source>1 session: {languages}</source>
        <translation>1 sesión: {languages}</translation>
    </message>
    <message>
        <source>{count} sessions: {languages}</source>
        <translation>{count} sesiones: {languages}</translation>
    </message>
</context>
<context>
    <name>MediaField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>MediaInfo</name>
    <message>
        <source>The address answered HTTP {status}: check the URL, and that the video is public (HeyGen fetches it without signing in).</source>
        <translation>La dirección ha respondido HTTP {status}: comprueba la URL y que el vídeo sea público (HeyGen lo descarga sin iniciar sesión).</translation>
    </message>
    <message>
        <source>The address gives a web page, not a video: use a direct link to the video file (it usually ends in .mp4).</source>
        <translation>La dirección lleva a una página web, no a un vídeo: usa un enlace directo al archivo de vídeo (suele terminar en .mp4).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ningún tipo de contenido</translation>
    </message>
    <message>
        <source>The address gives {content_type}, not a video: use a direct, public link to the video file (for example one ending in .mp4).</source>
        <translation>La dirección devuelve {content_type}, no un vídeo: usa un enlace directo y público al archivo de vídeo (por ejemplo, uno que termine en .mp4).</translation>
    </message>
    <message>
        <source>Enter the video&apos;s full address, starting with https://.</source>
        <translation>Escribe la dirección completa del vídeo, empezando por https://.</translation>
    </message>
    <message>
        <source>Could not reach {host} ({reason}): check the address and your connection.</source>
        <translation>No se ha podido conectar con {host} ({reason}): comprueba la dirección y tu conexión.</translation>
    </message>
</context>
<context>
    <name>NewProofreadDialog</name>
    <message>
        <source>New Proofread — Proofreader</source>
        <translation>Nueva revisión — Proofreader</translation>
    </message>
    <message>
        <source>Choose the video to proofread (or drop it on this dialog).</source>
        <translation>Elige el vídeo que quieres revisar (o suéltalo en este diálogo).</translation>
    </message>
    <message>
        <source>Names the project and the downloaded subtitle files</source>
        <translation>Da nombre al proyecto y a los archivos de subtítulos descargados</translation>
    </message>
    <message>
        <source>Give the proofread a title; it also names the subtitle files.</source>
        <translation>Ponle un título a la revisión; también da nombre a los archivos de subtítulos.</translation>
    </message>
    <message>
        <source>&amp;Start Proofread</source>
        <translation>&amp;Empezar la revisión</translation>
    </message>
    <message>
        <source>1 language</source>
        <translation>1 idioma</translation>
    </message>
    <message>
        <source>{count} languages</source>
        <translation>{count} idiomas</translation>
    </message>
    <message>
        <source>the precision rate</source>
        <translation>la tarifa de precisión</translation>
    </message>
    <message>
        <source>the speed rate</source>
        <translation>la tarifa de velocidad</translation>
    </message>
    <message>
        <source>Cost: the video&apos;s minutes × {languages}, at {rate}. The length is shown once a local file has been read.</source>
        <translation>Coste: los minutos del vídeo × {languages}, con {rate}. La duración se muestra cuando se haya leído un archivo local.</translation>
    </message>
    <message>
        <source>Cost: {minutes} min × {languages} = {total} min of translation at {rate}, charged to your HeyGen account when the sessions are created.</source>
        <translation>Coste: {minutes} min × {languages} = {total} min de traducción con {rate}, que se cobran en tu cuenta de HeyGen al crear las sesiones.</translation>
    </message>
    <message>
        <source>Checking that the address gives a video…</source>
        <translation>Comprobando que la dirección lleva a un vídeo…</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open Session by Id — Proofreader</source>
        <translation>Abrir sesión por id — Proofreader</translation>
    </message>
    <message>
        <source>Paste the id of a proofread session made in HeyGen&apos;s web app or with the command line. Sessions last about 24 hours on HeyGen.</source>
        <translation>Pega el id de una sesión de revisión creada en la aplicación web de HeyGen o con la línea de comandos. Las sesiones duran unas 24 horas en HeyGen.</translation>
    </message>
    <message>
        <source>Proofread id</source>
        <translation>Id de la revisión</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Looking for the session on HeyGen…</source>
        <translation>Buscando la sesión en HeyGen…</translation>
    </message>
</context>
<context>
    <name>OptionWidgets</name>
    <message>
        <source>none (default), or an id</source>
        <translation>ninguno (predeterminado) o un id</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>none (default)</source>
        <translation>ninguno (predeterminado)</translation>
    </message>
</context>
<context>
    <name>ProofreadOptionsForm</name>
    <message>
        <source>Enhance speech</source>
        <extracomment>English; the form shows it through self.tr (tests compare against it).</extracomment>
        <translation>Mejorar la voz</translation>
    </message>
    <message>
        <source>Leave out the music track</source>
        <translation>Quitar la pista de música</translation>
    </message>
    <message>
        <source>Allow video stretching</source>
        <translation>Permitir estirar el vídeo</translation>
    </message>
    <message>
        <source>Keep the same format</source>
        <translation>Mantener el mismo formato</translation>
    </message>
    <message>
        <source>none (default): asset id or https:// URL of an SRT</source>
        <translation>ninguno: id de recurso o URL https:// de un SRT</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Default off. Cleans up a noisy voice before transcribing.</source>
        <translation>Desactivado por defecto. Limpia una voz con ruido antes de transcribirla.</translation>
    </message>
    <message>
        <source>Default off. The translated video has no background music.</source>
        <translation>Desactivado por defecto. El vídeo traducido no lleva música de fondo.</translation>
    </message>
    <message>
        <source>Default off. Lets the picture slow down where speech runs long.</source>
        <translation>Desactivado por defecto. Deja que la imagen vaya más lenta donde el habla se alarga.</translation>
    </message>
    <message>
        <source>Default off. The output keeps the source&apos;s resolution.</source>
        <translation>Desactivado por defecto. El resultado mantiene la resolución del original.</translation>
    </message>
    <message>
        <source>Brand &amp;glossary:</source>
        <translation>&amp;Glosario de marca:</translation>
    </message>
    <message>
        <source>Video&apos;s &amp;SRT:</source>
        <translation>&amp;SRT del vídeo:</translation>
    </message>
    <message>
        <source>The video&apos;s own transcript. HeyGen offers an original SRT beside the translation only for sessions created with one.</source>
        <translation>La transcripción propia del vídeo. HeyGen ofrece un SRT original junto a la traducción solo en las sesiones creadas con uno.</translation>
    </message>
    <message>
        <source>Terms HeyGen must translate your way.</source>
        <translation>Términos que HeyGen debe traducir a tu manera.</translation>
    </message>
    <message>
        <source>&amp;Folder id:</source>
        <translation>Id de &amp;carpeta:</translation>
    </message>
    <message>
        <source>The HeyGen folder that keeps the results.</source>
        <translation>La carpeta de HeyGen que guarda los resultados.</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Número de oradores:</translation>
    </message>
    <message>
        <source>Setting the number of speakers matters most in precision mode.</source>
        <translation>Indicar el número de oradores importa sobre todo en el modo de precisión.</translation>
    </message>
    <message>
        <source>Default: detected. Count everyone who speaks in the video.</source>
        <translation>Por defecto: se detecta. Cuenta a todas las personas que hablan en el vídeo.</translation>
    </message>
    <message>
        <source>Default here. Context-aware translation and the best lip-sync; slower.</source>
        <translation>Predeterminado aquí. Traducción que tiene en cuenta el contexto y la mejor sincronización labial; más lento.</translation>
    </message>
    <message>
        <source>Quicker, adequate translation and standard lip-sync; for drafts.</source>
        <translation>Más rápido, traducción correcta y sincronización labial estándar; para borradores.</translation>
    </message>
    <message>
        <source>The initial SRT must be an asset id or an http(s) URL of an SRT file.</source>
        <translation>El SRT inicial debe ser un id de recurso o una URL http(s) de un archivo SRT.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Demo: the offline sandbox answers; nothing is sent to HeyGen.</source>
        <translation>Demo: responde el sandbox sin conexión; no se envía nada a HeyGen.</translation>
    </message>
    <message>
        <source>The languages could not be loaded. {reason}</source>
        <translation>No se han podido cargar los idiomas. {reason}</translation>
    </message>
    <message>
        <source>Waiting for the list of languages…</source>
        <translation>Esperando la lista de idiomas…</translation>
    </message>
    <message>
        <source>Tick at least one target language.</source>
        <translation>Marca al menos un idioma de destino.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>HeyGen session: {title}</source>
        <translation>Sesión de HeyGen: {title}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Cannot open the session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>This session is no longer in the library.</source>
        <translation>Esta sesión ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Cannot open the session yet</source>
        <translation>Todavía no se puede abrir la sesión</translation>
    </message>
    <message>
        <source>Opening {session}…</source>
        <translation>Abriendo {session}…</translation>
    </message>
    <message>
        <source>HeyGen is still processing {session}: it opens once it is ready to review.</source>
        <translation>HeyGen aún está procesando {session}: se abrirá cuando esté lista para revisar.</translation>
    </message>
    <message>
        <source>HeyGen gave no reason</source>
        <translation>HeyGen no ha dado ningún motivo</translation>
    </message>
    <message>
        <source>HeyGen could not process {session} ({reason}): start a new proofread.</source>
        <translation>HeyGen no ha podido procesar {session} ({reason}): empieza una revisión nueva.</translation>
    </message>
    <message>
        <source>{session} has expired on HeyGen (sessions last about 24 hours) and was never downloaded here: start a new proofread of the video.</source>
        <translation>{session} ha caducado en HeyGen (las sesiones duran unas 24 horas) y nunca se descargó aquí: empieza una revisión nueva del vídeo.</translation>
    </message>
    <message>
        <source>The subtitles of {session} are not on this computer yet: sign in or start the demo to download them.</source>
        <translation>Los subtítulos de {session} aún no están en este equipo: inicia sesión o inicia la demostración para descargarlos.</translation>
    </message>
    <message>
        <source>Opened {session} for review.</source>
        <translation>Se ha abierto {session} para revisarla.</translation>
    </message>
</context>
<context>
    <name>SessionBadge</name>
    <message>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <source>ready to review</source>
        <translation>lista para revisar</translation>
    </message>
    <message>
        <source>editing</source>
        <translation>editando</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>generando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>HeyGen is transcribing and translating the video.</source>
        <translation>HeyGen está transcribiendo y traduciendo el vídeo.</translation>
    </message>
    <message>
        <source>The machine translation is ready: double-click to review it.</source>
        <translation>La traducción automática está lista: haz doble clic para revisarla.</translation>
    </message>
    <message>
        <source>You are reviewing it here; upload the corrections when done.</source>
        <translation>La estás revisando aquí; sube las correcciones cuando termines.</translation>
    </message>
    <message>
        <source>Your corrections are on HeyGen; generate the final video next.</source>
        <translation>Tus correcciones están en HeyGen; ahora genera el vídeo final.</translation>
    </message>
    <message>
        <source>HeyGen is rendering the final video.</source>
        <translation>HeyGen está generando el vídeo final.</translation>
    </message>
    <message>
        <source>The render is finished: download the video.</source>
        <translation>La generación ha terminado: descarga el vídeo.</translation>
    </message>
    <message>
        <source>HeyGen could not finish it.</source>
        <translation>HeyGen no ha podido terminarla.</translation>
    </message>
    <message>
        <source>HeyGen no longer has this session (they last about 24 hours): start a new proofread of the video.</source>
        <translation>HeyGen ya no tiene esta sesión (duran unas 24 horas): empieza una revisión nueva del vídeo.</translation>
    </message>
    <message>
        <source>editing · 1 local change</source>
        <translation>editando · 1 cambio local</translation>
    </message>
    <message>
        <source>1 local change not uploaded yet.</source>
        <translation>1 cambio local aún sin subir.</translation>
    </message>
    <message>
        <source>editing · {count} local changes</source>
        <translation>editando · {count} cambios locales</translation>
    </message>
    <message>
        <source>{count} local changes not uploaded yet.</source>
        <translation>{count} cambios locales aún sin subir.</translation>
    </message>
    <message>
        <source>HeyGen gave no reason.</source>
        <translation>HeyGen no ha dado ningún motivo.</translation>
    </message>
    <message>
        <source>HeyGen could not finish it: {reason}</source>
        <translation>HeyGen no ha podido terminarla: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Sign in with an API key or try the demo first: this needs HeyGen.</source>
        <translation>Primero inicia sesión con una clave de API o prueba la demostración: esto necesita HeyGen.</translation>
    </message>
    <message>
        <source>Cannot start a proofread</source>
        <translation>No se puede empezar una revisión</translation>
    </message>
    <message>
        <source>Uploading the video for &apos;{title}&apos;; see View ▸ Jobs.</source>
        <translation>Subiendo el vídeo de «{title}»; consulta Ver ▸ Tareas.</translation>
    </message>
    <message>
        <source>Starting 1 session of &apos;{title}&apos;…</source>
        <translation>Empezando 1 sesión de «{title}»…</translation>
    </message>
    <message>
        <source>Starting {count} sessions of &apos;{title}&apos;…</source>
        <translation>Empezando {count} sesiones de «{title}»…</translation>
    </message>
    <message>
        <source>Started 1 session of &apos;{title}&apos;: each shows &apos;ready to review&apos; when HeyGen has finished.</source>
        <translation>Se ha empezado 1 sesión de «{title}»: mostrará «lista para revisar» cuando HeyGen termine.</translation>
    </message>
    <message>
        <source>Started {count} sessions of &apos;{title}&apos;: each shows &apos;ready to review&apos; when HeyGen has finished.</source>
        <translation>Se han empezado {count} sesiones de «{title}»: cada una mostrará «lista para revisar» cuando HeyGen termine.</translation>
    </message>
    <message>
        <source>The proofread did not start</source>
        <translation>La revisión no ha empezado</translation>
    </message>
    <message>
        <source>Cannot open a session</source>
        <translation>No se puede abrir una sesión</translation>
    </message>
    <message>
        <source>Added session {id} to the library.</source>
        <translation>Se ha añadido la sesión {id} a la biblioteca.</translation>
    </message>
    <message>
        <source>Cannot refresh</source>
        <translation>No se puede actualizar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Local file: {source}</source>
        <translation>Archivo local: {source}</translation>
    </message>
    <message>
        <source>URL: {source}</source>
        <translation>URL: {source}</translation>
    </message>
    <message>
        <source>HeyGen asset: {source}</source>
        <translation>Recurso de HeyGen: {source}</translation>
    </message>
    <message>
        <source>Opened by id (made elsewhere)</source>
        <translation>Abierta por id (creada en otro sitio)</translation>
    </message>
    <message>
        <source>1 language</source>
        <translation>1 idioma</translation>
    </message>
    <message>
        <source>{count} languages</source>
        <translation>{count} idiomas</translation>
    </message>
    <message>
        <source>{language} · {status}
{explanation}
Id: {id}</source>
        <translation>{language} · {status}
{explanation}
Id: {id}</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Start a new proofread (Ctrl+N)</source>
        <translation>Empezar una revisión nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open by id…</source>
        <translation>Abrir por id…</translation>
    </message>
    <message>
        <source>Open a session made elsewhere</source>
        <translation>Abrir una sesión creada en otro sitio</translation>
    </message>
    <message>
        <source>HeyGen proofreads</source>
        <translation>Revisiones de HeyGen</translation>
    </message>
    <message>
        <source>No proofreads yet.
Start one with File ▸ New Proofread… (Ctrl+N).</source>
        <translation>Aún no hay revisiones.
Empieza una con Archivo ▸ Nueva revisión… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Sign in or try the demo first.</source>
        <translation>Primero inicia sesión o prueba la demostración.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Refresh Status</source>
        <translation>Actualizar &amp;estado</translation>
    </message>
    <message>
        <source>&amp;Copy Session Id</source>
        <translation>&amp;Copiar el id de la sesión</translation>
    </message>
    <message>
        <source>Re&amp;move from Library…</source>
        <translation>&amp;Quitar de la biblioteca…</translation>
    </message>
    <message>
        <source>Remove the {language} session from the library?</source>
        <translation>¿Quitar de la biblioteca la sesión de {language}?</translation>
    </message>
    <message>
        <source>Remove these {count} sessions from the library?</source>
        <translation>¿Quitar estas {count} sesiones de la biblioteca?</translation>
    </message>
    <message>
        <source>Remove from library — Proofreader</source>
        <translation>Quitar de la biblioteca — Proofreader</translation>
    </message>
    <message>
        <source>Its subtitles downloaded to this computer and any unsaved changes are deleted. Nothing is deleted on HeyGen: within about a day you can open it again by its id.</source>
        <translation>Se borran los subtítulos descargados en este equipo y los cambios sin guardar. No se borra nada en HeyGen: durante aproximadamente un día puedes volver a abrirla por su id.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>SessionsUi</name>
    <message>
        <source>&amp;New Proofread…</source>
        <translation>&amp;Nueva revisión…</translation>
    </message>
    <message>
        <source>Send a video to HeyGen for proofreading in one or more languages</source>
        <translation>Enviar un vídeo a HeyGen para revisarlo en uno o más idiomas</translation>
    </message>
    <message>
        <source>Open Session by &amp;Id…</source>
        <translation>Abrir sesión &amp;por id…</translation>
    </message>
    <message>
        <source>Add a proofread session made in HeyGen&apos;s web app or elsewhere</source>
        <translation>Añadir una sesión de revisión creada en la aplicación web de HeyGen o en otro sitio</translation>
    </message>
    <message>
        <source>Up&amp;load Corrections</source>
        <translation>&amp;Subir correcciones</translation>
    </message>
    <message>
        <source>Check the corrections, then send them to HeyGen for the render</source>
        <translation>Comprobar las correcciones y enviarlas a HeyGen para la generación</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Show uploads, processing, renders and downloads</source>
        <translation>Mostrar subidas, procesamiento, generaciones y descargas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences — Proofreader</source>
        <translation>Preferencias — Proofreader</translation>
    </message>
    <message>
        <source>{address} (the default)</source>
        <translation>{address} (la predeterminada)</translation>
    </message>
    <message>
        <source>Used the next time you sign in.</source>
        <translation>Se usa la próxima vez que inicies sesión.</translation>
    </message>
    <message>
        <source>{variable} is set and takes precedence over this address.</source>
        <translation>{variable} está definida y tiene prioridad sobre esta dirección.</translation>
    </message>
    <message>
        <source>How often to ask HeyGen about work in progress; HeyGen suggests 30 to 60 seconds. The demo always checks every second.</source>
        <translation>Cada cuánto se pregunta a HeyGen por el trabajo en curso; HeyGen recomienda de 30 a 60 segundos. La demostración siempre comprueba cada segundo.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>Check for progress every:</source>
        <translation>Comprobar el progreso cada:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Save rendered videos in:</source>
        <translation>Guardar los vídeos generados en:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Applies the next time Proofreader starts.</source>
        <translation>Se aplica la próxima vez que se inicie Proofreader.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Check limits</source>
        <translation>Límites de las comprobaciones</translation>
    </message>
    <message>
        <source>Folder for downloads — Proofreader</source>
        <translation>Carpeta de descargas — Proofreader</translation>
    </message>
    <message>
        <source>Choose a folder for downloads (a full path, like /home/you/Videos).</source>
        <translation>Elige una carpeta para las descargas (una ruta completa, como /home/usuario/Vídeos).</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a folder for downloads.</source>
        <translation>{folder} es un archivo, no una carpeta: elige una carpeta para las descargas.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Proofreader</source>
        <translation>Iniciar sesión — Proofreader</translation>
    </message>
    <message>
        <source>Paste your HeyGen API key (in HeyGen: Settings → API). Proofreader checks it with HeyGen, shows your account, and keeps the key in this computer&apos;s keychain.</source>
        <translation>Pega tu clave de API de HeyGen (en HeyGen: Settings → API). Proofreader la comprueba con HeyGen, muestra tu cuenta y guarda la clave en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>Pega aquí la clave de API</translation>
    </message>
    <message>
        <source>HeyGen API key</source>
        <translation>Clave de API de HeyGen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>{variable} is set ({address}); it is used unless you type an address here.</source>
        <translation>{variable} está definida ({address}); se usa salvo que escribas aquí una dirección.</translation>
    </message>
    <message>
        <source>Check and sign in</source>
        <translation>Comprobar e iniciar sesión</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Checking the key with HeyGen…</source>
        <translation>Comprobando la clave con HeyGen…</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Sesión iniciada como &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remaining credit: &lt;b&gt;{credit}&lt;/b&gt;</source>
        <translation>Crédito restante: &lt;b&gt;{credit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>HeyGen does not report a remaining credit for this account type.</source>
        <translation>HeyGen no informa del crédito restante para este tipo de cuenta.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keychain.</source>
        <translation>La clave se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Signed in: paste another key to switch accounts</source>
        <translation>Sesión iniciada: pega otra clave para cambiar de cuenta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>{problem} Without a keychain, a key signed in here works until Proofreader closes.</source>
        <translation>{problem} Sin llavero, una clave con la que inicies sesión aquí funciona hasta que se cierre Proofreader.</translation>
    </message>
    <message>
        <source>Proofreader is using the key in the {variable} environment variable. A key signed in here is kept in the keychain, but {variable} wins while it is set.</source>
        <translation>Proofreader está usando la clave de la variable de entorno {variable}. Una clave con la que inicies sesión aquí se guarda en el llavero, pero {variable} tiene prioridad mientras esté definida.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Source video</source>
        <translation>Vídeo de origen</translation>
    </message>
    <message>
        <source>&amp;Local file</source>
        <translation>Archivo &amp;local</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Asset id</source>
        <translation>Id de &amp;recurso</translation>
    </message>
    <message>
        <source>Choose a video, or drop one here</source>
        <translation>Elige un vídeo o suéltalo aquí</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>https://… a public, direct link to the video file</source>
        <translation>https://… un enlace público y directo al archivo de vídeo</translation>
    </message>
    <message>
        <source>The id of a video already uploaded to HeyGen</source>
        <translation>El id de un vídeo ya subido a HeyGen</translation>
    </message>
    <message>
        <source>Choose the video</source>
        <translation>Elegir el vídeo</translation>
    </message>
    <message>
        <source>Videos HeyGen takes (*.mp4 *.webm)</source>
        <translation>Vídeos que acepta HeyGen (*.mp4 *.webm)</translation>
    </message>
    <message>
        <source>There is no such file: choose the video again.</source>
        <translation>Ese archivo no existe: vuelve a elegir el vídeo.</translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Leyendo el vídeo…</translation>
    </message>
    <message>
        <source>duration unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message>
        <source>HeyGen downloads it without signing in; it is checked before starting.</source>
        <translation>HeyGen lo descarga sin iniciar sesión; se comprueba antes de empezar.</translation>
    </message>
    <message>
        <source>Choose the video to proofread (or drop it on this dialog).</source>
        <translation>Elige el vídeo que quieres revisar (o suéltalo en este diálogo).</translation>
    </message>
    <message>
        <source>There is no file {path}: choose the video again.</source>
        <translation>No existe el archivo {path}: vuelve a elegir el vídeo.</translation>
    </message>
    <message>
        <source>HeyGen takes MP4 and WebM videos only: convert {name} to MP4 first.</source>
        <translation>HeyGen solo acepta vídeos MP4 y WebM: convierte {name} a MP4 primero.</translation>
    </message>
    <message>
        <source>Enter the video&apos;s full address, starting with https://.</source>
        <translation>Escribe la dirección completa del vídeo, empezando por https://.</translation>
    </message>
    <message>
        <source>Enter the id of the uploaded video.</source>
        <translation>Escribe el id del vídeo subido.</translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Use the defaults</source>
        <translation>Usar los valores predeterminados</translation>
    </message>
    <message>
        <source>Forget the limits set for this language</source>
        <translation>Olvidar los límites fijados para este idioma</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Limits left at “Default” follow the language&apos;s usual values.</source>
        <translation>Los límites que se dejan en «Predeterminado» siguen los valores habituales del idioma.</translation>
    </message>
    <message>
        <source>Reading speed, at most</source>
        <translation>Velocidad de lectura, como máximo</translation>
    </message>
    <message>
        <source> chars/s</source>
        <translation> car./s</translation>
    </message>
    <message>
        <source>Characters per second a viewer can read (CPS)</source>
        <translation>Caracteres por segundo que puede leer un espectador (CPS)</translation>
    </message>
    <message>
        <source>Line length, at most</source>
        <translation>Longitud de línea, como máximo</translation>
    </message>
    <message>
        <source> chars</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Characters on one subtitle line</source>
        <translation>Caracteres en una línea de subtítulo</translation>
    </message>
    <message>
        <source>Lines per cue, at most</source>
        <translation>Líneas por subtítulo, como máximo</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>Shortest cue</source>
        <translation>Subtítulo más corto</translation>
    </message>
    <message>
        <source>A cue shown for less time is hard to read</source>
        <translation>Un subtítulo que se muestra menos tiempo es difícil de leer</translation>
    </message>
    <message>
        <source>Longest cue</source>
        <translation>Subtítulo más largo</translation>
    </message>
    <message>
        <source>Gap between cues, at least</source>
        <translation>Hueco entre subtítulos, como mínimo</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <source>Frames between one cue and the next (at the frame rate below)</source>
        <translation>Fotogramas entre un subtítulo y el siguiente (a la velocidad de fotogramas de abajo)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Velocidad de fotogramas</translation>
    </message>
    <message>
        <source>The video&apos;s frame rate, for gaps</source>
        <translation>La velocidad de fotogramas del vídeo, para los huecos</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>todos los idiomas</translation>
    </message>
    <message>
        <source>The shortest cue must be shorter than the longest cue (for {language}): change one of them.</source>
        <translation>El subtítulo más corto debe durar menos que el más largo (para {language}): cambia uno de los dos.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Default ({value})</source>
        <translation>Predeterminado ({value})</translation>
    </message>
</context>
<context>
    <name>TranslationOptionsForm</name>
    <message>
        <source>Dynamic duration</source>
        <translation>Duración dinámica</translation>
    </message>
    <message>
        <source>Generate captions</source>
        <translation>Generar subtítulos</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>Solo audio</translation>
    </message>
    <message>
        <source>⚠ Audio only skips avatar inference, so it gives up precision mode&apos;s lip-sync (you pay for precision and get speed-quality lips).</source>
        <translation>⚠ Solo audio se salta la inferencia del avatar, así que renuncia a la sincronización labial del modo de precisión (pagas la precisión y obtienes labios de calidad de velocidad).</translation>
    </message>
    <message>
        <source>Leave out the music track</source>
        <translation>Quitar la pista de música</translation>
    </message>
    <message>
        <source>Enhance speech</source>
        <translation>Mejorar la voz</translation>
    </message>
    <message>
        <source>Keep the same format</source>
        <translation>Mantener el mismo formato</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca de agua</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Oradores:</translation>
    </message>
    <message>
        <source>How many people speak; it matters most in precision mode.</source>
        <translation>Cuántas personas hablan; importa sobre todo en el modo de precisión.</translation>
    </message>
    <message>
        <source>Default on. Lets the dub run a little longer or shorter than the original so it sounds natural.</source>
        <translation>Activado por defecto. Deja que el doblaje dure algo más o menos que el original para que suene natural.</translation>
    </message>
    <message>
        <source>Default off. Adds SRT and VTT caption files to the outputs.</source>
        <translation>Desactivado por defecto. Añade archivos de subtítulos SRT y VTT a los resultados.</translation>
    </message>
    <message>
        <source>Default off. Dubs the voice and keeps the original picture.</source>
        <translation>Desactivado por defecto. Dobla la voz y mantiene la imagen original.</translation>
    </message>
    <message>
        <source>Default off. The translated video has no background music.</source>
        <translation>Desactivado por defecto. El vídeo traducido no lleva música de fondo.</translation>
    </message>
    <message>
        <source>Default off. Cleans up a noisy voice before it is transcribed.</source>
        <translation>Desactivado por defecto. Limpia una voz con ruido antes de transcribirla.</translation>
    </message>
    <message>
        <source>Default off. The output keeps the source&apos;s resolution.</source>
        <translation>Desactivado por defecto. El resultado mantiene la resolución del original.</translation>
    </message>
    <message>
        <source>Default off. Adds HeyGen&apos;s watermark to the video.</source>
        <translation>Desactivado por defecto. Añade la marca de agua de HeyGen al vídeo.</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Opciones avanzadas</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>none: an SRT file, https:// URL or asset:ID</source>
        <translation>ninguno: un archivo SRT, una URL https:// o asset:ID</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Subtítulos (*.srt)</translation>
    </message>
    <message>
        <source>It is the source transcript (input)</source>
        <translation>Es la transcripción original (entrada)</translation>
    </message>
    <message>
        <source>It is the translation (output)</source>
        <translation>Es la traducción (salida)</translation>
    </message>
    <message>
        <source>none: an audio file, https:// URL or asset:ID</source>
        <translation>ninguno: un archivo de audio, una URL https:// o asset:ID</translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav *.m4a)</source>
        <translation>Audio (*.mp3 *.wav *.m4a)</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Predeterminado del servicio</translation>
    </message>
    <message>
        <source>Variable (vfr)</source>
        <translation>Variable (vfr)</translation>
    </message>
    <message>
        <source>Constant (cfr)</source>
        <translation>Constante (cfr)</translation>
    </message>
    <message>
        <source>As the source (passthrough)</source>
        <translation>Como el original (passthrough)</translation>
    </message>
    <message>
        <source>any text your server recognises</source>
        <translation>cualquier texto que reconozca tu servidor</translation>
    </message>
    <message>
        <source>Source language:</source>
        <translation>Idioma de origen:</translation>
    </message>
    <message>
        <source>Default: detected from the audio.</source>
        <translation>Por defecto: se detecta a partir del audio.</translation>
    </message>
    <message>
        <source>Translate:</source>
        <translation>Traducir:</translation>
    </message>
    <message>
        <source>Default: the whole video. Seconds, for a part only.</source>
        <translation>Por defecto: todo el vídeo. Segundos, para traducir solo una parte.</translation>
    </message>
    <message>
        <source>Brand glossary:</source>
        <translation>Glosario de marca:</translation>
    </message>
    <message>
        <source>Terms HeyGen must translate your way.</source>
        <translation>Términos que HeyGen debe traducir a tu manera.</translation>
    </message>
    <message>
        <source>Your SRT:</source>
        <translation>Tu SRT:</translation>
    </message>
    <message>
        <source>Default: none. Subtitles to use instead of HeyGen&apos;s.</source>
        <translation>Predeterminado: ninguno. Subtítulos que se usan en lugar de los de HeyGen.</translation>
    </message>
    <message>
        <source>SRT role:</source>
        <translation>Papel del SRT:</translation>
    </message>
    <message>
        <source>Whether your SRT is the transcript or the translation.</source>
        <translation>Si tu SRT es la transcripción o la traducción.</translation>
    </message>
    <message>
        <source>Custom audio:</source>
        <translation>Audio propio:</translation>
    </message>
    <message>
        <source>Your own dub instead of a generated voice.</source>
        <translation>Tu propio doblaje en lugar de una voz generada.</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Velocidad de fotogramas:</translation>
    </message>
    <message>
        <source>Default: the service decides.</source>
        <translation>Por defecto: decide el servicio.</translation>
    </message>
    <message>
        <source>Folder id:</source>
        <translation>Id de carpeta:</translation>
    </message>
    <message>
        <source>The HeyGen folder that keeps the results.</source>
        <translation>La carpeta de HeyGen que guarda los resultados.</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de callback:</translation>
    </message>
    <message>
        <source>HeyGen calls it when a render ends (https).</source>
        <translation>HeyGen la llama cuando termina una generación (https).</translation>
    </message>
    <message>
        <source>Callback id:</source>
        <translation>Id de callback:</translation>
    </message>
    <message>
        <source>Passed back to your server with the call.</source>
        <translation>Se devuelve a tu servidor con la llamada.</translation>
    </message>
    <message>
        <source>Slower; context- and gender-aware translation with high-quality lip-sync.</source>
        <translation>Más lento; traducción que tiene en cuenta el contexto y el género, con sincronización labial de alta calidad.</translation>
    </message>
    <message>
        <source>Default. Faster; adequate translation and standard lip-sync, good for drafts.</source>
        <translation>Predeterminado. Más rápido; traducción correcta y sincronización labial estándar, bueno para borradores.</translation>
    </message>
    <message>
        <source>The end of the part to translate must come after its start.</source>
        <translation>El final de la parte que se va a traducir debe ir después de su principio.</translation>
    </message>
</context>
<context>
    <name>TranslationsBrowser</name>
    <message>
        <source>Delete the translation &apos;{title}&apos; ({language}) from HeyGen?</source>
        <translation>¿Eliminar de HeyGen la traducción «{title}» ({language})?</translation>
    </message>
    <message>
        <source>Delete the translation &apos;{title}&apos; from HeyGen?</source>
        <translation>¿Eliminar de HeyGen la traducción «{title}»?</translation>
    </message>
    <message>
        <source>Delete translation</source>
        <translation>Eliminar traducción</translation>
    </message>
    <message>
        <source>It is deleted on HeyGen for good, with its video and captions; this cannot be undone. Files you downloaded stay on this computer.</source>
        <translation>Se elimina de HeyGen para siempre, con su vídeo y sus subtítulos; no se puede deshacer. Los archivos que hayas descargado se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>Filtrar por título…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New translation…</source>
        <translation>Nueva traducción…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Download outputs…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>The translation &apos;{title}&apos; was deleted.</source>
        <translation>Se ha eliminado la traducción «{title}».</translation>
    </message>
    <message>
        <source>The translation &apos;{title}&apos; was not deleted: {reason}</source>
        <translation>No se ha eliminado la traducción «{title}»: {reason}</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is {status}: its files can be downloaded once it is completed.</source>
        <translation>El estado de «{title}» es «{status}»: sus archivos se podrán descargar cuando esté completada.</translation>
    </message>
    <message>
        <source>Download the translation to</source>
        <translation>Descargar la traducción en</translation>
    </message>
    <message>
        <source>Downloading &apos;{title}&apos;… (progress in the jobs panel)</source>
        <translation>Descargando «{title}»… (progreso en el panel de tareas)</translation>
    </message>
    <message>
        <source>Downloaded 1 file of &apos;{title}&apos; to {folder}.</source>
        <translation>Se ha descargado 1 archivo de «{title}» en {folder}.</translation>
    </message>
    <message>
        <source>Downloaded {count} files of &apos;{title}&apos; to {folder}.</source>
        <translation>Se han descargado {count} archivos de «{title}» en {folder}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; was not downloaded: {reason}</source>
        <translation>No se ha descargado «{title}»: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened.</source>
        <translation>No se ha podido abrir la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Sign in or start the demo to see your translations.</source>
        <translation>Inicia sesión o inicia la demostración para ver tus traducciones.</translation>
    </message>
    <message>
        <source>{shown} of 1 translation shown</source>
        <translation>Se muestran {shown} de 1 traducción</translation>
    </message>
    <message>
        <source>{shown} of {loaded} translations shown</source>
        <translation>Se muestran {shown} de {loaded} traducciones</translation>
    </message>
    <message>
        <source>1 translation</source>
        <translation>1 traducción</translation>
    </message>
    <message>
        <source>{loaded} translations</source>
        <translation>{loaded} traducciones</translation>
    </message>
    <message>
        <source>Loading the translations…</source>
        <translation>Cargando las traducciones…</translation>
    </message>
    <message>
        <source>{count} · loading more…</source>
        <translation>{count} · cargando más…</translation>
    </message>
    <message>
        <source>{count} loaded · scroll down for more</source>
        <translation>{count} · desplázate hacia abajo para cargar más</translation>
    </message>
    <message>
        <source>All 1 translation</source>
        <translation>1 traducción en total</translation>
    </message>
    <message>
        <source>All {loaded} translations</source>
        <translation>{loaded} traducciones en total</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Generando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>The translations could not be listed: {reason}</source>
        <translation>No se ha podido obtener la lista de traducciones: {reason}</translation>
    </message>
    <message>
        <source>A translation could not be refreshed: {reason}</source>
        <translation>No se ha podido actualizar una traducción: {reason}</translation>
    </message>
    <message>
        <source>Give the translation a title; it cannot be empty.</source>
        <translation>Ponle un título a la traducción; no puede estar vacío.</translation>
    </message>
    <message>
        <source>The translation &apos;{title}&apos; was not renamed: {reason}</source>
        <translation>No se ha cambiado el nombre de la traducción «{title}»: {reason}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{title}
id {id}</source>
        <translation>{title}
id {id}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome — Proofreader</source>
        <translation>Bienvenida — Proofreader</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Proofreader</source>
        <translation>Te damos la bienvenida a Proofreader</translation>
    </message>
    <message>
        <source>Proofreader lets you check and correct the subtitles HeyGen translates for your video before the final lip-synced render. Start a proofread of a video into one or more languages, review each translated line beside the original and the picture, fix what reads wrong, send your corrections back to HeyGen, and generate the finished video.</source>
        <translation>Proofreader te permite comprobar y corregir los subtítulos que HeyGen traduce para tu vídeo antes de la generación final con sincronización labial. Empieza una revisión de un vídeo a uno o más idiomas, revisa cada línea traducida junto al original y la imagen, corrige lo que no suene bien, envía tus correcciones a HeyGen y genera el vídeo terminado.</translation>
    </message>
    <message>
        <source>Try the demo (offline sandbox)</source>
        <translation>Probar la demostración (entorno de pruebas sin conexión)</translation>
    </message>
    <message>
        <source>A practice server on this computer with a sample video. Nothing is sent to HeyGen and nothing is charged.</source>
        <translation>Un servidor de prácticas en este equipo con un vídeo de ejemplo. No se envía nada a HeyGen y no se cobra nada.</translation>
    </message>
    <message>
        <source>Sign in with an API key</source>
        <translation>Iniciar sesión con una clave de API</translation>
    </message>
    <message>
        <source>Connect to your HeyGen account. The key is checked with HeyGen, then kept in this computer&apos;s keychain.</source>
        <translation>Conéctate a tu cuenta de HeyGen. La clave se comprueba con HeyGen y después se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Or open a subtitle file to edit it offline…</source>
        <translation>O abre un archivo de subtítulos para editarlo sin conexión…</translation>
    </message>
</context>
</TS>
