<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Proofread HeyGen&apos;s machine-translated subtitles before the lip-synced render.</source>
        <translation>Revisa los subtítulos traducidos automáticamente por HeyGen antes de generar el vídeo con sincronización labial.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Software libre con licencia {licence}.</translation>
    </message>
    <message>
        <source>Project home page</source>
        <translation>Página del proyecto</translation>
    </message>
    <message>
        <source>Report an issue</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
</context>
<context>
    <name>AsyncOps</name>
    <message>
        <source>Something went wrong: an unexpected {error}; try again, and report it if it keeps happening (details in the log).</source>
        <translation>Algo ha fallado: un {error} inesperado; vuelve a intentarlo e informa del problema si se repite (los detalles están en el registro).</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>another window has this document open, so its edits are not kept here</source>
        <translation>otra ventana tiene abierto este documento, así que sus cambios no se guardan aquí</translation>
    </message>
    <message>
        <source>Autosave failed ({reason}); your changes are still open here, save them with File ▸ Save.</source>
        <translation>El guardado automático ha fallado ({reason}); tus cambios siguen abiertos aquí: guárdalos con Archivo ▸ Guardar.</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>Cost: the source video&apos;s minutes × {count} {languages}.</source>
        <translation>Coste: los minutos del vídeo de origen × {count} {languages}.</translation>
    </message>
    <message>
        <source>Cost: {minutes} min × {count} {languages} = {total} min of credit.</source>
        <translation>Coste: {minutes} min × {count} {languages} = {total} min de crédito.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>A report was written to {path}; please send it with a note of what you were doing.</source>
        <translation>Se ha escrito un informe en {path}; envíalo con una nota de lo que estabas haciendo.</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>No se ha podido escribir ningún informe.</translation>
    </message>
    <message>
        <source>Unexpected problem — Proofreader</source>
        <translation>Problema inesperado — Proofreader</translation>
    </message>
    <message>
        <source>Proofreader hit an unexpected problem and could not finish what it was doing. Your changes are autosaved.</source>
        <translation>Proofreader ha encontrado un problema inesperado y no ha podido terminar lo que estaba haciendo. Tus cambios se han guardado automáticamente.</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>DiskChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mantener la mía</translation>
    </message>
    <message>
        <source>Save &amp;Again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} changed on disk.&lt;/b&gt; Reload it (your unsaved edits are kept as a draft in the library), or keep your version (Save will ask before overwriting).</source>
        <translation>&lt;b&gt;{name} ha cambiado en el disco.&lt;/b&gt; Recárgalo (tus cambios sin guardar se conservan como borrador en la biblioteca) o mantén tu versión (Guardar preguntará antes de sobrescribir).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} changed on disk.&lt;/b&gt; Reload it to see the new version.</source>
        <translation>&lt;b&gt;{name} ha cambiado en el disco.&lt;/b&gt; Recárgalo para ver la nueva versión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} was deleted or moved.&lt;/b&gt; Your text is still here: save it again to write the file back.</source>
        <translation>&lt;b&gt;{name} se ha eliminado o movido.&lt;/b&gt; Tu texto sigue aquí: guárdalo de nuevo para volver a escribir el archivo.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>Your unsaved edits are kept in the library as “{title}”.</source>
        <translation>Tus cambios sin guardar se conservan en la biblioteca como «{title}».</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>{title} is already open in another Proofreader window (process {pid}). Work on it there, or close it there first and open it here again.</source>
        <translation>{title} ya está abierto en otra ventana de Proofreader (proceso {pid}). Trabaja en él allí, o ciérralo allí primero y vuelve a abrirlo aquí.</translation>
    </message>
    <message>
        <source>Opening {title}…</source>
        <translation>Abriendo {title}…</translation>
    </message>
    <message>
        <source>Could not open {title} because of an unexpected error ({kind}). The details are in the log: Help ▸ Report a Problem… gathers them for you to send.</source>
        <translation>No se pudo abrir {title} por un error inesperado ({kind}). Los detalles están en el registro: Ayuda ▸ Informar de un problema… los reúne para que los envíes.</translation>
    </message>
    <message>
        <source>Restored your unsaved changes to {title}.</source>
        <translation>Se han restaurado tus cambios sin guardar de {title}.</translation>
    </message>
    <message>
        <source>Some blocks were skipped</source>
        <translation>Se omitieron algunos bloques</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Sample (Spanish)</source>
        <translation>Ejemplo (español)</translation>
    </message>
    <message>
        <source>Original: {path}</source>
        <translation>Original: {path}</translation>
    </message>
    <message>
        <source>Video: {path}</source>
        <translation>Vídeo: {path}</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>This draft does not say which document it belongs to.</source>
        <translation>Este borrador no indica a qué documento pertenece.</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>{title} has no translation file to open.</source>
        <translation>{title} no tiene un archivo de traducción que abrir.</translation>
    </message>
    <message>
        <source>The language &apos;{language}&apos; is not known; checking with the generic limits ({chars} characters per line, {cps} CPS).</source>
        <translation>El idioma «{language}» no es conocido; se comprueba con los límites genéricos ({chars} caracteres por línea, {cps} CPS).</translation>
    </message>
    <message>
        <source>Cannot read the {role} {path}: it is a folder, not a file.</source>
        <translation>No se puede leer {role} {path}: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read the {role} {path}: there is no such file.</source>
        <translation>No se puede leer {role} {path}: ese archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot read the {role} {path}: {reason}</source>
        <translation>No se puede leer {role} {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the {role} {path}, line {line}: {reason}</source>
        <translation>No se puede leer {role} {path}, línea {line}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the {role} {path}: {reason}.</source>
        <translation>No se puede leer {role} {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>All cues</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcados</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editados</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Show All Cues</source>
        <translation>Mostrar todos los subtítulos</translation>
    </message>
    <message>
        <source>Show every cue</source>
        <translation>Mostrar todos los subtítulos</translation>
    </message>
    <message>
        <source>Show Flagged</source>
        <translation>Mostrar marcados</translation>
    </message>
    <message>
        <source>Only cues with findings or flagged in review</source>
        <translation>Solo los subtítulos con incidencias o marcados en la revisión</translation>
    </message>
    <message>
        <source>Show Edited</source>
        <translation>Mostrar editados</translation>
    </message>
    <message>
        <source>Only cues changed from the machine translation</source>
        <translation>Solo los subtítulos cambiados respecto a la traducción automática</translation>
    </message>
    <message>
        <source>Show Unreviewed</source>
        <translation>Mostrar sin revisar</translation>
    </message>
    <message>
        <source>Only cues not yet reviewed</source>
        <translation>Solo los subtítulos aún sin revisar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Split at Cursor</source>
        <translation>Dividir en el &amp;cursor</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Split the cue where the cursor is in its translation (or in the middle), the time in proportion</source>
        <translation>Dividir el subtítulo donde está el cursor en su traducción (o por la mitad), con el tiempo en proporción</translation>
    </message>
    <message>
        <source>Split at Pla&amp;yhead</source>
        <translation>Dividir e&amp;n el cabezal de reproducción</translation>
    </message>
    <message>
        <source>Split the cue at the player&apos;s position</source>
        <translation>Dividir el subtítulo en la posición del reproductor</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Unir con el siguiente</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>&amp;Insert Cue After</source>
        <translation>&amp;Insertar subtítulo</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert an empty cue after the current one, in the gap if there is one</source>
        <translation>Insertar un subtítulo vacío después del actual, en el hueco si lo hay</translation>
    </message>
    <message>
        <source>&amp;Delete Cues</source>
        <translation>&amp;Eliminar subtítulos</translation>
    </message>
    <message>
        <source>cue table</source>
        <translation>tabla de subtítulos</translation>
    </message>
    <message>
        <source>S&amp;hift Times…</source>
        <translation>Despla&amp;zar tiempos…</translation>
    </message>
    <message>
        <source>Move the selected cues (or all) earlier or later</source>
        <translation>Mover los subtítulos seleccionados (o todos) antes o después</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Reemp&amp;lazar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Problema siguiente</translation>
    </message>
    <message>
        <source>Go to the next cue with a finding of the checks</source>
        <translation>Ir al siguiente subtítulo con una incidencia de las comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed and Go to Next</source>
        <translation>Dar por &amp;revisado y seguir</translation>
    </message>
    <message>
        <source>Reviewed, Next</source>
        <translation>Revisado, siguiente</translation>
    </message>
    <message>
        <source>Mark the cue reviewed and move to the next one</source>
        <translation>Dar el subtítulo por revisado y pasar al siguiente</translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation>&amp;Marcar / desmarcar</translation>
    </message>
    <message>
        <source>Flag the cue to come back to it (again: unflag)</source>
        <translation>Marcar el subtítulo para volver a él (otra vez: desmarcar)</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Marcar como sin re&amp;visar</translation>
    </message>
    <message>
        <source>&amp;Revert to Machine Text</source>
        <translation>Volver al &amp;texto automático</translation>
    </message>
    <message>
        <source>Move all cues by how many seconds (negative: earlier)?</source>
        <translation>¿Cuántos segundos quieres mover todos los subtítulos (negativo: antes)?</translation>
    </message>
    <message>
        <source>Move the {count} selected cues by how many seconds (negative: earlier)?</source>
        <translation>¿Cuántos segundos quieres mover los {count} subtítulos seleccionados (negativo: antes)?</translation>
    </message>
    <message>
        <source>Shift times</source>
        <translation>Desplazar tiempos</translation>
    </message>
    <message>
        <source>No cue has a finding of the checks.</source>
        <translation>Ningún subtítulo tiene incidencias de las comprobaciones.</translation>
    </message>
    <message>
        <source>That was the last cue.</source>
        <translation>Era el último subtítulo.</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <source>Open a subtitle file (Ctrl+O) or choose one in the library.</source>
        <translation>Abre un archivo de subtítulos (Ctrl+O) o elige uno en la biblioteca.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <source>The cue you select is edited here.</source>
        <translation>El subtítulo que selecciones se edita aquí.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Subtítulos (*.srt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Video or audio (*.mp4 *.mov *.mkv *.webm *.m4v *.mp3 *.m4a *.wav);;All files (*)</source>
        <translation>Vídeo o audio (*.mp4 *.mov *.mkv *.webm *.m4v *.mp3 *.m4a *.wav);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Glosarios (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>HTML review report (*.html *.htm);;CSV review report for spreadsheets (*.csv)</source>
        <translation>Informe de revisión HTML (*.html *.htm);;Informe de revisión CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a translated subtitle file, with its original and video</source>
        <translation>Abrir un archivo de subtítulos traducidos, con su original y su vídeo</translation>
    </message>
    <message>
        <source>Choose &amp;Video…</source>
        <translation>Elegir &amp;vídeo…</translation>
    </message>
    <message>
        <source>Choose the video (or audio) to preview this document with</source>
        <translation>Elegir el vídeo (o audio) con el que previsualizar este documento</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the translation to its file</source>
        <translation>Guardar la traducción en su archivo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the translation as a new SRT file and keep editing that one</source>
        <translation>Guardar la traducción como un archivo SRT nuevo y seguir editando ese</translation>
    </message>
    <message>
        <source>Ex&amp;port SRT…</source>
        <translation>Exportar &amp;SRT…</translation>
    </message>
    <message>
        <source>Write a copy as SRT; the document stays where it is</source>
        <translation>Escribir una copia en SRT; el documento sigue donde está</translation>
    </message>
    <message>
        <source>Export &amp;WebVTT…</source>
        <translation>Exportar &amp;WebVTT…</translation>
    </message>
    <message>
        <source>Write a copy as WebVTT for browsers and video players</source>
        <translation>Escribir una copia en WebVTT para navegadores y reproductores de vídeo</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>Exportar in&amp;forme de revisión…</translation>
    </message>
    <message>
        <source>Write the review as HTML or CSV: each cue&apos;s changes against the machine translation, findings, review states and notes</source>
        <translation>Escribir la revisión en HTML o CSV: los cambios de cada subtítulo respecto a la traducción automática, incidencias, estados de revisión y notas</translation>
    </message>
    <message>
        <source>Import &amp;Glossary…</source>
        <translation>Importar gl&amp;osario…</translation>
    </message>
    <message>
        <source>Check the translation against a CSV/TSV glossary: term,rendering</source>
        <translation>Comprobar la traducción con un glosario CSV/TSV: término,traducción</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Open the translated subtitles</source>
        <translation>Abrir los subtítulos traducidos</translation>
    </message>
    <message>
        <source>Open the original subtitles (Cancel: none)</source>
        <translation>Abrir los subtítulos originales (Cancelar: ninguno)</translation>
    </message>
    <message>
        <source>Choose the video to preview</source>
        <translation>Elegir el vídeo para la vista previa</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importar un glosario</translation>
    </message>
    <message>
        <source>Cannot import the glossary</source>
        <translation>No se puede importar el glosario</translation>
    </message>
    <message>
        <source>1 term</source>
        <translation>1 término</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} términos</translation>
    </message>
    <message>
        <source>Glossary {name} imported: {terms} are now checked.</source>
        <translation>Glosario {name} importado: ahora se comprueban {terms}.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>Guardar la traducción como</translation>
    </message>
    <message>
        <source>SubRip subtitles (*.srt)</source>
        <translation>Subtítulos SubRip (*.srt)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>{name} is open in another Proofreader window (process {pid}); close it there first, or choose another name.</source>
        <translation>{name} está abierto en otra ventana de Proofreader (proceso {pid}); ciérralo allí primero o elige otro nombre.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>File changed on disk — Proofreader</source>
        <translation>Archivo cambiado en el disco — Proofreader</translation>
    </message>
    <message>
        <source>{name} was deleted or moved since you opened it.</source>
        <translation>{name} se ha eliminado o movido desde que lo abriste.</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened it.</source>
        <translation>Otro programa ha cambiado {name} desde que lo abriste.</translation>
    </message>
    <message>
        <source>Saving writes it again here.</source>
        <translation>Al guardar se vuelve a escribir aquí.</translation>
    </message>
    <message>
        <source>Overwriting replaces the other program&apos;s changes with yours; Save As keeps both.</source>
        <translation>Sobrescribir reemplaza los cambios del otro programa por los tuyos; Guardar como conserva ambos.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Export as SRT</source>
        <translation>Exportar como SRT</translation>
    </message>
    <message>
        <source>Export as WebVTT</source>
        <translation>Exportar como WebVTT</translation>
    </message>
    <message>
        <source>WebVTT subtitles (*.vtt)</source>
        <translation>Subtítulos WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Export the review report</source>
        <translation>Exportar el informe de revisión</translation>
    </message>
    <message>
        <source>Cannot export the review report</source>
        <translation>No se puede exportar el informe de revisión</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that the folder exists and is writable, or choose another place.</source>
        <translation>No se ha podido escribir {path} ({reason}); comprueba que la carpeta existe y se puede escribir en ella, o elige otro lugar.</translation>
    </message>
    <message>
        <source>Exported the review report {name}.</source>
        <translation>Informe de revisión {name} exportado.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} exportado.</translation>
    </message>
    <message>
        <source>Unsaved changes — Proofreader</source>
        <translation>Cambios sin guardar — Proofreader</translation>
    </message>
    <message>
        <source>Save your changes to {title} before closing?</source>
        <translation>¿Quieres guardar los cambios de {title} antes de cerrar?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Si no guardas, se perderán los cambios hechos desde la última vez que guardaste.</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that the folder exists and is writable, or choose another place with Save As.</source>
        <translation>No se ha podido escribir {path} ({reason}); comprueba que la carpeta existe y se puede escribir en ella, o elige otro lugar con Guardar como.</translation>
    </message>
</context>
<context>
    <name>FileRoles</name>
    <message>
        <source>translation</source>
        <comment>file role, with its article</comment>
        <translation>la traducción</translation>
    </message>
    <message>
        <source>original</source>
        <comment>file role, with its article</comment>
        <translation>el original</translation>
    </message>
    <message>
        <source>machine translation</source>
        <comment>file role, with its article</comment>
        <translation>la traducción automática</translation>
    </message>
    <message>
        <source>video</source>
        <comment>file role, with its article</comment>
        <translation>el vídeo</translation>
    </message>
    <message>
        <source>glossary</source>
        <comment>file role, with its article</comment>
        <translation>el glosario</translation>
    </message>
    <message>
        <source>subtitle file</source>
        <comment>file role, with its article</comment>
        <translation>el archivo de subtítulos</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Audio only dubs the voice and keeps the original picture: it skips avatar inference, so it gives up precision mode&apos;s lip-sync (a precision session is still charged as precision).</source>
        <translation>Solo audio dobla la voz y mantiene la imagen original: omite la inferencia del avatar, así que renuncia a la sincronización labial del modo de precisión (una sesión de precisión se cobra igualmente como precisión).</translation>
    </message>
    <message>
        <source>The final render is slow and uses credit.</source>
        <translation>La generación final es lenta y consume crédito.</translation>
    </message>
    <message>
        <source>Demo: the offline sandbox renders in a few seconds; nothing is sent to HeyGen.</source>
        <translation>Demo: el sandbox sin conexión renderiza en unos segundos; no se envía nada a HeyGen.</translation>
    </message>
    <message>
        <source>Open a proofread session from the library first, then generate its video.</source>
        <translation>Abre primero una sesión de revisión de la biblioteca y después genera su vídeo.</translation>
    </message>
    <message>
        <source>HeyGen is still preparing this session: wait until it is ready to review.</source>
        <translation>HeyGen todavía está preparando esta sesión: espera a que esté lista para revisar.</translation>
    </message>
    <message>
        <source>This session is being rendered already: follow it in the jobs panel.</source>
        <translation>Esta sesión ya se está generando: síguela en el panel de tareas.</translation>
    </message>
    <message>
        <source>HeyGen no longer knows this session (it expired): start a new proofread.</source>
        <translation>HeyGen ya no conoce esta sesión (ha caducado): empieza una revisión nueva.</translation>
    </message>
    <message>
        <source>This session failed on HeyGen, so it cannot be rendered: start a new proofread.</source>
        <translation>Esta sesión ha fallado en HeyGen, así que no se puede generar: empieza una revisión nueva.</translation>
    </message>
    <message>
        <source>A session that is {status} cannot be rendered.</source>
        <translation>Una sesión en estado «{status}» no se puede generar.</translation>
    </message>
    <message>
        <source>You have corrections that were not uploaded: the render uses the subtitles last uploaded to HeyGen. Upload your corrections first to include them.</source>
        <translation>Tienes correcciones sin subir: la generación usa los últimos subtítulos subidos a HeyGen. Sube antes tus correcciones para incluirlas.</translation>
    </message>
    <message>
        <source>Nothing was uploaded yet: the render uses HeyGen&apos;s machine translation.</source>
        <translation>Todavía no se ha subido nada: la generación usa la traducción automática de HeyGen.</translation>
    </message>
    <message>
        <source>This session was rendered before: generating again renders (and charges) again.</source>
        <translation>Esta sesión ya se generó antes: volver a generarla la genera (y la cobra) otra vez.</translation>
    </message>
    <message>
        <source>The render uses the corrections you uploaded.</source>
        <translation>La generación usa las correcciones que has subido.</translation>
    </message>
    <message>
        <source>This session was rendered before: generating again renders again.</source>
        <translation>Esta sesión ya se renderizó: generarla de nuevo la renderiza otra vez.</translation>
    </message>
    <message>
        <source>Generate the final video</source>
        <translation>Generar el vídeo final</translation>
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
        <source>any text your server recognises</source>
        <translation>cualquier texto que reconozca tu servidor</translation>
    </message>
    <message>
        <source>HeyGen calls this address when the render finishes or fails. Proofreader follows the render itself; fill these in only if you run your own server.</source>
        <translation>HeyGen llama a esta dirección cuando la generación termina o falla. Proofreader sigue la generación por sí mismo; rellena estos campos solo si tienes tu propio servidor.</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de callback:</translation>
    </message>
    <message>
        <source>Callback id:</source>
        <translation>ID de callback:</translation>
    </message>
    <message>
        <source>Advanced: callback</source>
        <translation>Avanzado: callback</translation>
    </message>
    <message>
        <source>Optional: a web address of your own server that HeyGen calls when the render ends. Proofreader does not need it.</source>
        <translation>Opcional: una dirección web de tu propio servidor a la que HeyGen llama cuando termina el renderizado. Proofreader no la necesita.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>Save the logs and system details as a zip to send with your report</source>
        <translation>Guardar los registros y los datos del sistema en un zip para enviarlo con tu informe</translation>
    </message>
    <message>
        <source>&amp;About Proofreader</source>
        <translation>Acerca &amp;de Proofreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Upload of corrections</source>
        <translation>Subida de correcciones</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Processing on HeyGen</source>
        <translation>Procesamiento en HeyGen</translation>
    </message>
    <message>
        <source>Render on HeyGen</source>
        <translation>Generación en HeyGen</translation>
    </message>
    <message>
        <source>Request to HeyGen</source>
        <translation>Petición a HeyGen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{status} · took {elapsed}</source>
        <translation>{status} · duró {elapsed}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled after {elapsed}</source>
        <translation>Cancelada tras {elapsed}</translation>
    </message>
    <message>
        <source>Failed after {elapsed}</source>
        <translation>Falló tras {elapsed}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Nothing running. Uploads, processing, renders and downloads appear here.</source>
        <translation>No hay nada en curso. Aquí aparecen las subidas, los procesamientos, las generaciones y las descargas.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>Quitar las &amp;terminadas</translation>
    </message>
    <message>
        <source>{count} running</source>
        <translation>{count} en curso</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Nada en curso</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} con error</translation>
    </message>
</context>
<context>
    <name>LenientOpen</name>
    <message>
        <source>Open What Can Be Read</source>
        <translation>Abrir lo que se pueda leer</translation>
    </message>
    <message>
        <source>Opened what could be read. These blocks were skipped; Save writes them back as they were:</source>
        <translation>Se abrió lo que se pudo leer. Se omitieron estos bloques; Guardar los vuelve a escribir tal como estaban:</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Quitar de la lista</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>{shown} of {total} cues</source>
        <translation>{shown} de {total} subtítulos</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>PlaybackCommands</name>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / pausar</translation>
    </message>
    <message>
        <source>Space: outside text fields</source>
        <translation>Espacio: fuera de los campos de texto</translation>
    </message>
    <message>
        <source>Play &amp;Current Cue</source>
        <translation>Reproducir el subtítulo &amp;actual</translation>
    </message>
    <message>
        <source>Play the current cue once (or repeatedly with Loop Cue)</source>
        <translation>Reproducir el subtítulo actual una vez (o repetidamente con Repetir subtítulo)</translation>
    </message>
    <message>
        <source>&amp;Loop Cue</source>
        <translation>Repetir su&amp;btítulo</translation>
    </message>
    <message>
        <source>Play &amp;Only Subtitled Ranges</source>
        <translation>Reproducir s&amp;olo los tramos con subtítulos</translation>
    </message>
    <message>
        <source>While playing, jump over the gaps between cues and stop after the last one</source>
        <translation>Al reproducir, saltar los huecos entre subtítulos y parar después del último</translation>
    </message>
    <message>
        <source>Back / Slower (J)</source>
        <translation>Atrás / más lento (J)</translation>
    </message>
    <message>
        <source>Pause (K)</source>
        <translation>Pausa (K)</translation>
    </message>
    <message>
        <source>Play / Faster (L)</source>
        <translation>Reproducir / más rápido (L)</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>Fas&amp;ter</source>
        <translation>Más rápi&amp;do</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>Velocidad &amp;normal</translation>
    </message>
    <message>
        <source>Set Cue St&amp;art to Playhead</source>
        <translation>Llevar la &amp;entrada del subtítulo al cabezal</translation>
    </message>
    <message>
        <source>Set Cue &amp;End to Playhead</source>
        <translation>Llevar la &amp;salida del subtítulo al cabezal</translation>
    </message>
    <message>
        <source>Speed {rate}</source>
        <translation>Velocidad {rate}</translation>
    </message>
    <message>
        <source>Back 1 &amp;Frame</source>
        <translation>Retroceder 1 &amp;fotograma</translation>
    </message>
    <message>
        <source>Forward 1 F&amp;rame</source>
        <translation>Avanzar 1 foto&amp;grama</translation>
    </message>
    <message>
        <source>Back 1 &amp;Second</source>
        <translation>Retroceder 1 seg&amp;undo</translation>
    </message>
    <message>
        <source>Forward 1 Secon&amp;d</source>
        <translation>Avan&amp;zar 1 segundo</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
</context>
<context>
    <name>ProblemReporter</name>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Guardar el informe del problema</translation>
    </message>
    <message>
        <source>The problem report could not be saved</source>
        <translation>No se ha podido guardar el informe del problema</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder.</source>
        <translation>No se puede escribir {path}: {reason}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Problem report saved</source>
        <translation>Informe del problema guardado</translation>
    </message>
    <message>
        <source>The report was saved as {name} in {folder}.</source>
        <translation>El informe se ha guardado como {name} en {folder}.</translation>
    </message>
    <message>
        <source>Send it with a few words about what you were doing. It holds the app&apos;s logs, versions and settings; never your API key or your subtitles.</source>
        <translation>Envíalo con unas palabras sobre lo que estabas haciendo. Contiene los registros, las versiones y los ajustes de la aplicación; nunca tu clave de API ni tus subtítulos.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>1 edited cue</source>
        <translation>1 subtítulo editado</translation>
    </message>
    <message>
        <source>{count} edited cues</source>
        <translation>{count} subtítulos editados</translation>
    </message>
    <message>
        <source>the HeyGen session {title}</source>
        <translation>la sesión de HeyGen {title}</translation>
    </message>
    <message>
        <source>{cues} in {where}, last change {when}</source>
        <translation>{cues} en {where}, último cambio {when}</translation>
    </message>
    <message>
        <source>This draft is gone (it was saved or discarded meanwhile).</source>
        <translation>Este borrador ya no existe (se guardó o se descartó entretanto).</translation>
    </message>
    <message>
        <source>Restore unsaved changes — Proofreader</source>
        <translation>Restaurar cambios sin guardar — Proofreader</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proofreader closed before these changes were saved.&lt;/b&gt;&lt;br&gt;Restore one to keep working on it; HeyGen&apos;s copy is unchanged until you upload your corrections.</source>
        <translation>&lt;b&gt;Proofreader se cerró antes de guardar estos cambios.&lt;/b&gt;&lt;br&gt;Restaura uno para seguir trabajando en él; la copia de HeyGen no cambia hasta que subas tus correcciones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proofreader closed before these changes were saved.&lt;/b&gt;&lt;br&gt;Restore one to keep working on it; the file on disk is unchanged until you save.</source>
        <translation>&lt;b&gt;Proofreader se cerró antes de guardar estos cambios.&lt;/b&gt;&lt;br&gt;Restaura uno para seguir trabajando en él; el archivo en disco no cambia hasta que guardes.</translation>
    </message>
    <message>
        <source> (the file was changed after this draft)</source>
        <translation> (el archivo cambió después de este borrador)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>RenderResultsBar</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Download results</source>
        <translation>Descargar resultados</translation>
    </message>
    <message>
        <source>Save the video, audio and captions in your download folder</source>
        <translation>Guardar el vídeo, el audio y los subtítulos en tu carpeta de descargas</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Cambiar carpeta…</translation>
    </message>
    <message>
        <source>Choose another download folder and download there</source>
        <translation>Elegir otra carpeta de descargas y descargar allí</translation>
    </message>
    <message>
        <source>Download folder for the results</source>
        <translation>Carpeta de descargas para los resultados</translation>
    </message>
    <message>
        <source>Downloading the results…</source>
        <translation>Descargando los resultados…</translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened: open it in your file manager.</source>
        <translation>No se ha podido abrir la carpeta {folder}: ábrela en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>Downloading the results: {finished} of 1 file done</source>
        <translation>Descargando los resultados: {finished} de 1 archivo terminado</translation>
    </message>
    <message>
        <source>Downloading the results: {finished} of {count} files done</source>
        <translation>Descargando los resultados: {finished} de {count} archivos terminados</translation>
    </message>
    <message>
        <source>HeyGen is rendering the final video: follow it in the jobs panel.</source>
        <translation>HeyGen está generando el vídeo final: síguelo en el panel de tareas.</translation>
    </message>
    <message>
        <source>Show: Result plays the render here. The files are in {folder}.</source>
        <translation>Mostrar: Resultado reproduce el renderizado aquí. Los archivos están en {folder}.</translation>
    </message>
    <message>
        <source>The final video is ready: download the results to play it here.</source>
        <translation>El vídeo final está listo: descarga los resultados para reproducirlo aquí.</translation>
    </message>
    <message>
        <source>HeyGen gave no reason</source>
        <translation>HeyGen no ha dado ningún motivo</translation>
    </message>
    <message>
        <source>The render failed: {reason}</source>
        <translation>La generación ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The last results are in {folder}.</source>
        <translation>Los últimos resultados están en {folder}.</translation>
    </message>
    <message>
        <source>This session was rendered before.</source>
        <translation>Esta sesión ya se generó antes.</translation>
    </message>
</context>
<context>
    <name>RendersUi</name>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>New &amp;Direct Translation…</source>
        <translation>Nueva &amp;traducción directa…</translation>
    </message>
    <message>
        <source>Translate a video without proofreading it first</source>
        <translation>Traducir un vídeo sin revisarlo antes</translation>
    </message>
    <message>
        <source>&amp;Generate Final Video…</source>
        <translation>&amp;Generar vídeo final…</translation>
    </message>
    <message>
        <source>Render the translated video from the uploaded corrections</source>
        <translation>Generar el vídeo traducido a partir de las correcciones subidas</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>Tra&amp;ducciones</translation>
    </message>
    <message>
        <source>All your video translations: rename, delete, download</source>
        <translation>Todas tus traducciones de vídeo: cambiar el nombre, eliminar, descargar</translation>
    </message>
    <message>
        <source>HeyGen is rendering the final video: follow it in the jobs panel.</source>
        <translation>HeyGen está generando el vídeo final: síguelo en el panel de tareas.</translation>
    </message>
    <message>
        <source>Started 1 translation: follow them in the jobs panel.</source>
        <translation>Se ha iniciado 1 traducción: síguela en el panel de tareas.</translation>
    </message>
    <message>
        <source>Started {count} translations: follow them in the jobs panel.</source>
        <translation>Se han iniciado {count} traducciones: síguelas en el panel de tareas.</translation>
    </message>
</context>
<context>
    <name>ResultSwitch</name>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Play the source video or the rendered result; the playhead stays where it is</source>
        <translation>Reproducir el vídeo de origen o el resultado generado; el cabezal se queda donde está</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Download the results to compare</source>
        <translation>Descarga los resultados para compararlos</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>{reviewed} / {total} reviewed · checking…</source>
        <translation>{reviewed} / {total} revisados · comprobando…</translation>
    </message>
    <message>
        <source>{reviewed} / {total} reviewed · {errors} · {warnings}</source>
        <translation>{reviewed} / {total} revisados · {errors} · {warnings}</translation>
    </message>
    <message>
        <source>Reviewed cues, and the findings of the quality checks (F8: next problem)</source>
        <translation>Subtítulos revisados e incidencias de las comprobaciones de calidad (F8: siguiente problema)</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <source>the whole window</source>
        <translation>toda la ventana</translation>
    </message>
    <message>
        <source>the cue table</source>
        <translation>la tabla de subtítulos</translation>
    </message>
    <message>
        <source>the preview</source>
        <translation>la vista previa</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Atajo:</translation>
    </message>
    <message>
        <source>Alternative:</source>
        <translation>Alternativo:</translation>
    </message>
    <message>
        <source>Customize Keyboard Shortcuts — Proofreader</source>
        <translation>Personalizar atajos de teclado — Proofreader</translation>
    </message>
    <message>
        <source>Filter commands or keys…</source>
        <translation>Filtrar comandos o teclas…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Click, then press the keys (Tab leaves the field)</source>
        <translation>Haz clic y pulsa las teclas (Tab sale del campo)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reset All…</source>
        <translation>Restablecer todos…</translation>
    </message>
    <message>
        <source>“{command}” ({menu} menu)</source>
        <translation>«{command}» (menú {menu})</translation>
    </message>
    <message>
        <source> Also: {keys}.</source>
        <translation> También: {keys}.</translation>
    </message>
    <message>
        <source>Works in {where}.</source>
        <translation>Funciona en {where}.</translation>
    </message>
    <message>
        <source>{key} is a typing key: it works only outside text fields.</source>
        <translation>{key} es una tecla de escritura: solo funciona fuera de los campos de texto.</translation>
    </message>
    <message>
        <source>{key} is already used by {command}.</source>
        <translation>{key} ya lo usa {command}.</translation>
    </message>
    <message>
        <source>Reassign it to “{command}”?</source>
        <translation>¿Reasignarlo a «{command}»?</translation>
    </message>
    <message>
        <source>Reassign them to “{command}”?</source>
        <translation>¿Reasignarlos a «{command}»?</translation>
    </message>
    <message>
        <source>{command} no longer has {key}.</source>
        <translation>{command} ya no tiene {key}.</translation>
    </message>
    <message>
        <source>Reset All Shortcuts — Proofreader</source>
        <translation>Restablecer todos los atajos — Proofreader</translation>
    </message>
    <message>
        <source>Give every command its default keys again? The keys you chose are forgotten.</source>
        <translation>¿Devolver a todos los comandos sus teclas predeterminadas? Se olvidarán las teclas que elegiste.</translation>
    </message>
    <message>
        <source>Every command has its default keys again.</source>
        <translation>Todos los comandos vuelven a tener sus teclas predeterminadas.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts — Proofreader</source>
        <translation>Atajos de teclado — Proofreader</translation>
    </message>
    <message>
        <source>Space plays and pauses everywhere except in text fields (Ctrl+Space works there too). J, K and L work when the cue table has focus: L plays (again: faster), K pauses, J slows down while playing fast, else jumps back one second. (These are the default keys: Customize… gives any command other keys.)</source>
        <translation>Espacio reproduce y pausa en todas partes salvo en los campos de texto (Ctrl+Espacio también funciona ahí). J, K y L funcionan cuando la tabla de subtítulos tiene el foco: L reproduce (otra vez: más rápido), K pausa, J frena si se reproduce rápido y, si no, retrocede un segundo. (Estas son las teclas predeterminadas: Personalizar… da otras teclas a cualquier comando.)</translation>
    </message>
    <message>
        <source>Filter commands or keys…</source>
        <translation>Filtrar comandos o teclas…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Customize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <source>cue table</source>
        <translation>tabla de subtítulos</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>Menú {menu}</translation>
    </message>
</context>
<context>
    <name>ViewCommands</name>
    <message>
        <source>&amp;Follow Playback</source>
        <translation>&amp;Seguir la reproducción</translation>
    </message>
    <message>
        <source>Keep the playing cue in view in the table</source>
        <translation>Mantener a la vista en la tabla el subtítulo que se reproduce</translation>
    </message>
    <message>
        <source>Show &amp;Original in Preview</source>
        <translation>Mostrar el &amp;original en la vista previa</translation>
    </message>
    <message>
        <source>Draw the original text above the translation in the preview</source>
        <translation>Dibujar el texto original encima de la traducción en la vista previa</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Mostrar la &amp;biblioteca</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Customize Keyboard Shortcuts…</source>
        <translation>&amp;Personalizar atajos de teclado…</translation>
    </message>
    <message>
        <source>Give any command other keys</source>
        <translation>Dar otras teclas a cualquier comando</translation>
    </message>
</context>
<context>
    <name>WaveformLink</name>
    <message>
        <source>Show &amp;Waveform</source>
        <translation>Mostrar la &amp;forma de onda</translation>
    </message>
    <message>
        <source>Show the audio and the cues on a zoomable timeline under the preview; drag a cue&apos;s edge to retime it</source>
        <translation>Mostrar el audio y los subtítulos en una línea de tiempo ampliable bajo la vista previa; arrastra el borde de un subtítulo para cambiar sus tiempos</translation>
    </message>
</context>
</TS>
