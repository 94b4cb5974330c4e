<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CueColumns</name>
    <message>
        <source>Cue number. A coloured bar marks cues changed from the machine text.</source>
        <translation>Número de subtítulo. Una barra de color marca los subtítulos cambiados respecto a la traducción automática.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Start time. Tinted when it differs from the downloaded file.</source>
        <translation>Tiempo de entrada. Resaltado cuando difiere del archivo descargado.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>End time. Tinted when it differs from the downloaded file.</source>
        <translation>Tiempo de salida. Resaltado cuando difiere del archivo descargado.</translation>
    </message>
    <message>
        <source>Dur</source>
        <translation>Dur.</translation>
    </message>
    <message>
        <source>How long the cue is on screen, in seconds.</source>
        <translation>Cuánto tiempo está el subtítulo en pantalla, en segundos.</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <source>Reading speed in characters per second (line breaks count as nothing).</source>
        <translation>Velocidad de lectura en caracteres por segundo (los saltos de línea no cuentan).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Estimated time to speak the translation as a share of the cue&apos;s duration: over 100% the dubbed line will be rushed.</source>
        <translation>Tiempo estimado para pronunciar la traducción, como porcentaje de la duración del subtítulo: por encima del 100 % la frase doblada irá acelerada.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The original-language text (read-only).</source>
        <translation>El texto en el idioma original (solo lectura).</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>The translated text. Double-click or F2 to edit.</source>
        <translation>El texto traducido. Doble clic o F2 para editarlo.</translation>
    </message>
    <message>
        <source>Problems found by the checks; hover an icon to read them.</source>
        <translation>Problemas encontrados por las comprobaciones; pasa el ratón por un icono para leerlos.</translation>
    </message>
    <message>
        <source>✓ reviewed, ⚑ flagged for another look, ✎ has a note.</source>
        <translation>✓ revisado, ⚑ marcado para volver a mirarlo, ✎ tiene una nota.</translation>
    </message>
    <message>
        <source>No original transcript: HeyGen gives one only when the session was created with the video&apos;s SRT (proofread create --srt), so pairing and length checks use the translation alone.</source>
        <translation>Sin transcripción original: HeyGen solo la ofrece cuando la sesión se creó con el SRT del vídeo (proofread create --srt), así que el emparejamiento y las comprobaciones de longitud usan solo la traducción.</translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <source>Select a cue in the table to edit it here.</source>
        <translation>Selecciona un subtítulo en la tabla para editarlo aquí.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Revert to machine text</source>
        <translation>Restaurar texto automático</translation>
    </message>
    <message>
        <source>Put back the machine translation&apos;s text for this cue</source>
        <translation>Vuelve a poner el texto de la traducción automática en este subtítulo</translation>
    </message>
    <message>
        <source>Type the translation…</source>
        <translation>Escribe la traducción…</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Changes from the machine translation</source>
        <translation>Cambios respecto a la traducción automática</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note for this cue, kept with the review</source>
        <translation>Una nota para este subtítulo, guardada con la revisión</translation>
    </message>
    <message>
        <source>Cue {number}</source>
        <translation>Subtítulo {number}</translation>
    </message>
    <message>
        <source>No original is open: give the original&apos;s SRT with the translation (edit --original) to see it here.</source>
        <translation>No hay ningún original abierto: indica el SRT original junto a la traducción (edit --original) para verlo aquí.</translation>
    </message>
    <message>
        <source>No original cue pairs with this one.</source>
        <translation>Ningún subtítulo original se corresponde con este.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Timing changed</source>
        <translation>Tiempos cambiados</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Marcado para revisar</translation>
    </message>
    <message>
        <source>CPS {value}</source>
        <translation>CPS {value}</translation>
    </message>
    <message>
        <source>CPS {value} / {limit}</source>
        <translation>CPS {value} / {limit}</translation>
    </message>
    <message>
        <source>Fit {value}</source>
        <translation>Ajuste {value}</translation>
    </message>
    <message>
        <source>Fit {value} · rushed</source>
        <translation>Ajuste {value} · acelerado</translation>
    </message>
    <message>
        <source>Fit {value} · dead air</source>
        <translation>Ajuste {value} · tiempo muerto</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caracteres</translation>
    </message>
    <message>
        <source>Added while proofreading; there is no machine text.</source>
        <translation>Añadido durante la revisión; no hay texto de la traducción automática.</translation>
    </message>
    <message>
        <source>Same as the machine translation.</source>
        <translation>Igual que la traducción automática.</translation>
    </message>
</context>
<context>
    <name>CueFigures</name>
    <message>
        <source>No text to read.</source>
        <translation>No hay texto que leer.</translation>
    </message>
    <message>
        <source>no limit is set</source>
        <translation>no hay ningún límite</translation>
    </message>
    <message>
        <source>the limit is {limit}</source>
        <translation>el límite es {limit}</translation>
    </message>
    <message>
        <source>the limit is {limit} for {language}</source>
        <translation>el límite es {limit} ({language})</translation>
    </message>
    <message>
        <source>Reading speed {cps} characters per second ({chars} characters in {seconds} s); {limit_text}.</source>
        <translation>Velocidad de lectura: {cps} caracteres por segundo ({chars} caracteres en {seconds} s); {limit_text}.</translation>
    </message>
    <message>
        <source>No text to speak.</source>
        <translation>No hay texto que pronunciar.</translation>
    </message>
    <message>
        <source>About {speech} s to speak at {rate} characters/s; the cue lasts {duration} s</source>
        <translation>Unos {speech} s para pronunciarlo a {rate} caracteres/s; el subtítulo dura {duration} s</translation>
    </message>
    <message>
        <source>About {speech} s to speak at {rate} characters/s for {language}; the cue lasts {duration} s</source>
        <translation>Unos {speech} s para pronunciarlo a {rate} caracteres/s ({language}); el subtítulo dura {duration} s</translation>
    </message>
    <message>
        <source>{base}: the dubbed line will be rushed (limit {ratio}).</source>
        <translation>{base}: la frase doblada irá acelerada (límite: {ratio}).</translation>
    </message>
    <message>
        <source>{base}: it will leave dead air (below {ratio}).</source>
        <translation>{base}: dejará tiempo muerto (por debajo del {ratio}).</translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Aviso: {message}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>No original cue.</source>
        <translation>No hay subtítulo original.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <source>Reviewed.</source>
        <translation>Revisado.</translation>
    </message>
    <message>
        <source>Flagged for another look.</source>
        <translation>Marcado para volver a mirarlo.</translation>
    </message>
    <message>
        <source>{state}
Note: {note}</source>
        <translation>{state}
Nota: {note}</translation>
    </message>
    <message>
        <source>Added while proofreading; there is no machine text.</source>
        <translation>Añadido durante la revisión; no hay texto de la traducción automática.</translation>
    </message>
    <message>
        <source>Edited: machine text was {text}</source>
        <translation>Editado: el texto de la traducción automática era {text}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Timing differs from the downloaded file, which the dubbing was aligned to: it was {start} → {end}.</source>
        <translation>Los tiempos difieren del archivo descargado, con el que se alineó el doblaje: eran {start} → {end}.</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <source>Review marks</source>
        <translation>Marcas de revisión</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>The original is read-only: choose Translation to replace. Find still works in the original.</source>
        <translation>El original es de solo lectura: elige Traducción para reemplazar. Buscar sigue funcionando en el original.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Python regular expression; use \1 or \g&lt;name&gt; in the replacement</source>
        <translation>Expresión regular de Python; usa \1 o \g&lt;name&gt; en el reemplazo</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Which column to search</source>
        <translation>En qué columna buscar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>No hay coincidencias.</translation>
    </message>
    <message>
        <source>No matches to replace.</source>
        <translation>No hay coincidencias que reemplazar.</translation>
    </message>
    <message>
        <source>Replaced {matches} in {cues}.</source>
        <translation>Reemplazos: {matches} en {cues}.</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n match</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cue</source>
        <translation>
            <numerusform>%n subtítulo</numerusform>
            <numerusform>%n subtítulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cues</source>
        <translation>
            <numerusform>%n subtítulo</numerusform>
            <numerusform>%n subtítulos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>MediaMessages</name>
    <message>
        <source>No video: subtitles only</source>
        <translation>Sin vídeo: solo subtítulos</translation>
    </message>
    <message>
        <source>Opening the video…</source>
        <translation>Abriendo el vídeo…</translation>
    </message>
    <message>
        <source>This file has no picture: audio and subtitles only</source>
        <translation>Este archivo no tiene imagen: solo audio y subtítulos</translation>
    </message>
    <message>
        <source>The video “{path}” was not found; check that the file still exists or open another.</source>
        <translation>No se ha encontrado el vídeo «{path}»; comprueba que el archivo sigue existiendo o abre otro.</translation>
    </message>
    <message>
        <source>“{name}” cannot be played because its format is not supported; convert it to MP4 (H.264 video, AAC audio) and open it again.</source>
        <translation>No se puede reproducir «{name}» porque su formato no es compatible; conviértelo a MP4 (vídeo H.264, audio AAC) y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>You are not allowed to read “{name}”; check the file&apos;s permissions.</source>
        <translation>No tienes permiso para leer «{name}»; comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <source>“{name}” could not be read; check that the file is complete and try again.</source>
        <translation>No se ha podido leer «{name}»; comprueba que el archivo está completo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Spelling is not checked: this document&apos;s language is not known (name the file like talk.es.srt).</source>
        <translation>No se comprueba la ortografía: no se sabe el idioma de este documento (nombra el archivo como charla.es.srt).</translation>
    </message>
    <message>
        <source>Checking spelling in {language}.</source>
        <translation>Comprobando la ortografía en {language}.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionary could not be read ({error}).</source>
        <translation>No se comprueba la ortografía: no se ha podido leer el diccionario ({error}).</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add “{word}” to Project Dictionary</source>
        <translation>Añadir «{word}» al diccionario del proyecto</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>Ignorar «{word}»</translation>
    </message>
    <message>
        <source>The word was added for now, but could not be saved: {error}.</source>
        <translation>La palabra se ha añadido por ahora, pero no se ha podido guardar: {error}.</translation>
    </message>
</context>
<context>
    <name>SpellingUi</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Comprobar orto&amp;grafía</translation>
    </message>
    <message>
        <source>Underline misspelled words in the translation; right-click one for suggestions</source>
        <translation>Subraya los posibles errores ortográficos de la traducción; haz clic derecho en uno para ver sugerencias</translation>
    </message>
</context>
<context>
    <name>TimeRuler</name>
    <message>
        <source>Timeline: cue regions and the playhead. Click or drag to seek.</source>
        <translation>Línea de tiempo: los tramos de los subtítulos y el cabezal de reproducción. Haz clic o arrastra para ir a un punto.</translation>
    </message>
</context>
<context>
    <name>TimingEditor</name>
    <message>
        <source>Start time, HH:MM:SS,mmm. Up/Down step the digit under the cursor.</source>
        <translation>Tiempo de entrada, HH:MM:SS,mmm. Arriba/Abajo cambian la cifra bajo el cursor.</translation>
    </message>
    <message>
        <source>End time, HH:MM:SS,mmm. Up/Down step the digit under the cursor.</source>
        <translation>Tiempo de salida, HH:MM:SS,mmm. Arriba/Abajo cambian la cifra bajo el cursor.</translation>
    </message>
    <message>
        <source>How long the cue stays on screen; changing it moves the end.</source>
        <translation>Cuánto tiempo está el subtítulo en pantalla; al cambiarla se mueve la salida.</translation>
    </message>
    <message>
        <source>= Player</source>
        <translation>= Reproductor</translation>
    </message>
    <message>
        <source>Start the cue at the player&apos;s position</source>
        <translation>Empieza el subtítulo en la posición del reproductor</translation>
    </message>
    <message>
        <source>End the cue at the player&apos;s position</source>
        <translation>Termina el subtítulo en la posición del reproductor</translation>
    </message>
    <message>
        <source>Revert timing</source>
        <translation>Restaurar tiempos</translation>
    </message>
    <message>
        <source>Put back the times of the downloaded file</source>
        <translation>Vuelve a poner los tiempos del archivo descargado</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Move the start 100 ms earlier</source>
        <translation>Adelantar la entrada 100 ms</translation>
    </message>
    <message>
        <source>Move the start one frame earlier</source>
        <translation>Adelantar la entrada un fotograma</translation>
    </message>
    <message>
        <source>Move the start one frame later</source>
        <translation>Retrasar la entrada un fotograma</translation>
    </message>
    <message>
        <source>Move the start 100 ms later</source>
        <translation>Retrasar la entrada 100 ms</translation>
    </message>
    <message>
        <source>Move the end 100 ms earlier</source>
        <translation>Adelantar la salida 100 ms</translation>
    </message>
    <message>
        <source>Move the end one frame earlier</source>
        <translation>Adelantar la salida un fotograma</translation>
    </message>
    <message>
        <source>Move the end one frame later</source>
        <translation>Retrasar la salida un fotograma</translation>
    </message>
    <message>
        <source>Move the end 100 ms later</source>
        <translation>Retrasar la salida 100 ms</translation>
    </message>
    <message>
        <source>−0.1s</source>
        <translation>−0,1s</translation>
    </message>
    <message>
        <source>−1f</source>
        <translation>−1f</translation>
    </message>
    <message>
        <source>+1f</source>
        <translation>+1f</translation>
    </message>
    <message>
        <source>+0.1s</source>
        <translation>+0,1s</translation>
    </message>
    <message>
        <source>Added while proofreading: not in the downloaded file.</source>
        <translation>Añadido durante la revisión: no está en el archivo descargado.</translation>
    </message>
    <message>
        <source>Differs from the downloaded file, which the dubbing was aligned to: {start} → {end}.</source>
        <translation>Difiere del archivo descargado, con el que se alineó el doblaje: {start} → {end}.</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation>Retroceder 1 segundo</translation>
    </message>
    <message>
        <source>Back 1 frame</source>
        <translation>Retroceder 1 fotograma</translation>
    </message>
    <message>
        <source>Forward 1 frame</source>
        <translation>Avanzar 1 fotograma</translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation>Avanzar 1 segundo</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal mark in a playback speed such as 1.5×</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the current cue only; stops at its end</source>
        <translation>Reproducir solo el subtítulo actual; se detiene al final</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Loop the current cue while playing it</source>
        <translation>Repetir el subtítulo actual mientras se reproduce</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Current time / duration</source>
        <translation>Tiempo actual / duración</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>No audio output device was found; playing silently.</source>
        <translation>No se ha encontrado ningún dispositivo de salida de audio; se reproduce sin sonido.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar el sonido</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <source>Could not read the audio of {name}; the cues can still be retimed without it.</source>
        <translation>No se ha podido leer el audio de {name}; puedes ajustar los tiempos de los subtítulos igualmente.</translation>
    </message>
</context>
<context>
    <name>WaveformTimeline</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Mostrar toda la línea de tiempo</translation>
    </message>
    <message>
        <source>Reading audio…</source>
        <translation>Leyendo el audio…</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>Sin audio</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform: click to seek, drag a cue&apos;s edge to retime it, Ctrl+wheel to zoom, double-click a cue to edit it.</source>
        <translation>Forma de onda: haz clic para ir a un punto, arrastra el borde de un subtítulo para cambiar sus tiempos, Ctrl+rueda para hacer zoom, doble clic en un subtítulo para editarlo.</translation>
    </message>
</context>
</TS>
