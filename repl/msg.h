/*
 * msg.h - every message a person reads, in English and Spanish.
 *
 * MSG(id, english, spanish): printf formats; both take the same arguments
 * in the same order. msg() returns the text in the current language; the
 * strings are static.
 */
#ifndef OFICIO_MSG_H
#define OFICIO_MSG_H

enum lang { LANG_EN, LANG_ES };

#define MESSAGES(MSG) \
	MSG(M_ERROR, "error", "error") \
	/* The interview (interview.c) and explanations (advice.c). */ \
	MSG(M_IV_START, "Interview about task %s: answer each question, or type 'help'.", \
	    "Entrevista sobre la tarea %s: responda a cada pregunta, o escriba «ayuda».") \
	MSG(M_IV_TEXT_HINT, "(write the description, or '?' to skip it)", \
	    "(escriba la descripción, o «?» para saltarla)") \
	MSG(M_IV_DONT_KNOW, "don't know", "no sé") \
	MSG(M_IV_BAD_ANSWER, "'%s' is not an answer to this question; answer %s, or why, back, quit, help", \
	    "«%s» no es una respuesta a esta pregunta; responda %s, o porque, atras, salir, ayuda") \
	MSG(M_IV_HELP, \
	    "Answer with a number or a word from the list ('?' if you do not know). Also:\n" \
	    "  why    why this question is asked\n" \
	    "  back   take back the previous answer and answer it again\n" \
	    "  quit   leave the interview, keeping the answers given\n" \
	    "  help   this list", \
	    "Responda con un número o una palabra de la lista («?» si no lo sabe). También:\n" \
	    "  porque  por qué se hace esta pregunta\n" \
	    "  atras   retira la respuesta anterior y la vuelve a preguntar\n" \
	    "  salir   deja la entrevista, conservando las respuestas dadas\n" \
	    "  ayuda   esta lista") \
	MSG(M_IV_WHY, "Asked by rule %s: %s", "La hace la regla %s: %s") \
	MSG(M_IV_WHY_AGAIN, "Asked again because you took back its answer.", \
	    "Se pregunta de nuevo porque retiró su respuesta.") \
	MSG(M_IV_WHY_OPEN, "Open conclusion: task %s is %s (confidence %.2f).", \
	    "Conclusión abierta sobre la tarea %s: %s (confianza %.2f).") \
	MSG(M_IV_WHY_SETTLES, "The answer is evidence about: %s.", "La respuesta es evidencia de: %s.") \
	MSG(M_IV_WHY_TEXT, "The text of a task is the best evidence of its side.", \
	    "El texto de una tarea es la mejor evidencia de su lado.") \
	MSG(M_IV_BACK, "Answer to '%s' taken back.", "Respuesta a «%s» retirada.") \
	MSG(M_IV_NO_BACK, "there is no earlier answer to take back", "no hay ninguna respuesta anterior que retirar") \
	MSG(M_IV_QUIT, "Interview left; the answers given (%zu) are kept.", \
	    "Entrevista abandonada; se conservan las respuestas dadas (%zu).") \
	MSG(M_IV_END_INPUT, "the input ended during the interview; the answers given (%zu) are kept", \
	    "la entrada terminó durante la entrevista; se conservan las respuestas dadas (%zu)") \
	MSG(M_IV_DONE, "Conclusion:", "Conclusión:") \
	MSG(M_IV_NOTHING, "Nothing left to ask about task %s.", "No queda nada que preguntar sobre la tarea %s.") \
	MSG(M_BY_RULE, "by rule %s: %s", "por la regla %s: %s") \
	MSG(M_HOW_CUT, "(shown to depth %d of %d: '%s' shows the whole tree)", \
	    "(mostrado hasta la profundidad %d de %d: «%s» muestra el árbol entero)") \
	MSG(M_HOW_BAD_DEPTH, "--depth takes a whole number from 1 to 99, not '%s'", \
	    "--depth admite un número entero de 1 a 99, no «%s»") \
	MSG(M_HOW_IDS, "it takes 1 or 2 ids", "admite 1 o 2 ids") \
	MSG(M_HOW_USAGE, "how [--depth N] ID [ID]", "como [--depth N] ID [ID]") \
	MSG(M_SEE_ABOVE, " (explained above)", " (explicado más arriba)") \
	MSG(M_SECTIONS, "Sections of the article: %s", "Secciones del artículo: %s") \
	MSG(M_NOT_CONCLUDED, "no such conclusion: '%s' (how TASK, how POSITION SKILL, how CANDIDATE POSITION)", \
	    "no hay tal conclusión: «%s» (como TAREA, como PUESTO HABILIDAD, como CANDIDATO PUESTO)") \
	MSG(M_WARNING, "warning", "aviso") \
	MSG(M_HIST_NOT_FILE, "history not kept: %s is not a regular file", \
	    "el historial no se guarda: %s no es un fichero normal") \
	/* Saved cases (case.c) and the report (report.c). */ \
	MSG(M_CASE_SAVED, "case saved to %s (tasks: %zu, positions: %zu, candidates: %zu)", \
	    "caso guardado en %s (tareas: %zu, puestos: %zu, candidatos: %zu)") \
	MSG(M_CASE_LOADED, \
	    "case loaded from %s in place of the session (tasks: %zu, positions: %zu, candidates: %zu)", \
	    "caso cargado de %s en lugar de la sesión (tareas: %zu, puestos: %zu, candidatos: %zu)") \
	MSG(M_CASE_STARTED, "case loaded from %s (tasks: %zu, positions: %zu, candidates: %zu)", \
	    "caso cargado de %s (tareas: %zu, puestos: %zu, candidatos: %zu)") \
	MSG(M_CASE_NOT_SAVED, "case not saved: %s", "caso no guardado: %s") \
	MSG(M_CASE_NOT_UTF8, "the session holds text that is not UTF-8", \
	    "la sesión contiene texto que no es UTF-8") \
	MSG(M_CASE_NOT_LOADED, "cannot load %s: %s", "no se puede cargar %s: %s") \
	MSG(M_CASE_BAD_JSON, "cannot load %s:%d:%d: not valid JSON: %s", \
	    "no se puede cargar %s:%d:%d: JSON no válido: %s") \
	/* jansson's errors, worded by oficio where jansson has English only. */ \
	MSG(M_JSON_EARLY_END, "the text ends too early", "el texto termina antes de tiempo") \
	MSG(M_JSON_TRAILING, "text after the end of the document", "hay texto tras el final del documento") \
	MSG(M_JSON_UTF8, "not valid UTF-8", "UTF-8 no válido") \
	MSG(M_JSON_DUPLICATE, "a key appears twice in an object", "una clave aparece dos veces en un objeto") \
	MSG(M_JSON_NUL, "a NUL character", "un carácter NUL") \
	MSG(M_JSON_NUMBER, "a number too large", "un número demasiado grande") \
	MSG(M_JSON_DEEP, "nested too deep", "anidado demasiado hondo") \
	MSG(M_JSON_SYNTAX, "the syntax is wrong here", "la sintaxis no es correcta aquí") \
	MSG(M_CASE_UNCHANGED, "; the session is unchanged", "; la sesión no cambió") \
	MSG(M_CASE_RESTORE_FAILED, "; restoring the session failed at %s: %s", \
	    "; al restaurar la sesión falló %s: %s") \
	MSG(M_CASE_FOLDER, "it is a folder", "es una carpeta") \
	MSG(M_CASE_NOT_REGULAR, "not a regular file", "no es un fichero normal") \
	MSG(M_CASE_EMPTY_FILE, "the file is empty", "el fichero está vacío") \
	MSG(M_CASE_NUL, "cannot load %s:%d:%d: the file holds a NUL byte (a case is UTF-8 text)", \
	    "no se puede cargar %s:%d:%d: el fichero contiene un byte NUL (un caso es texto UTF-8)") \
	MSG(M_CASE_TOO_BIG, "larger than %d MiB, too large for a saved case", \
	    "mayor de %d MiB, demasiado para un caso guardado") \
	MSG(M_CASE_NO_FORMAT, "no \"format\": \"oficio-case\": not a case saved by oficio", \
	    "falta \"format\": \"oficio-case\": no es un caso guardado por oficio") \
	MSG(M_CASE_FORMAT, "format: '%s' is not 'oficio-case': not a case saved by oficio", \
	    "format: «%s» no es «oficio-case»: no es un caso guardado por oficio") \
	MSG(M_CASE_VERSION, "version %lld is not known (this oficio reads version %d)", \
	    "la versión %lld no se conoce (este oficio lee la versión %d)") \
	MSG(M_CASE_EXPECTED, "%s: expected %s", "%s: se esperaba %s") \
	MSG(M_CASE_MISSING, "%s: missing (expected %s)", "%s: falta (se esperaba %s)") \
	MSG(M_CASE_UNKNOWN_KEY, "%s: unknown key (the keys here are: %s)", \
	    "%s: clave desconocida (aquí las claves son: %s)") \
	MSG(M_CASE_TWICE, "%s: '%s' is already at %s", "%s: «%s» ya está en %s") \
	MSG(M_CASE_CONTROL, "%s: holds control characters", "%s: contiene caracteres de control") \
	MSG(M_CASE_TOP, "the top level", "el nivel superior") \
	MSG(M_CASE_A_STRING, "a string", "una cadena") \
	MSG(M_CASE_AN_ARRAY, "an array", "una lista") \
	MSG(M_CASE_AN_OBJECT, "an object", "un objeto") \
	MSG(M_CASE_A_WHOLE, "a whole number", "un número entero") \
	MSG(M_CASE_NO_QUESTION, "no question '%s' in the knowledge", \
	    "ninguna pregunta «%s» en el conocimiento") \
	MSG(M_CASE_BAD_ANSWER, "'%s' is not an answer to question %s (it takes: %s)", \
	    "«%s» no es una respuesta a la pregunta %s (admite: %s)") \
	MSG(M_WRITE_FOLDER, "%s is a folder", "%s es una carpeta") \
	MSG(M_WRITE_NOT_REGULAR, "%s is not a regular file", "%s no es un fichero normal") \
	MSG(M_WRITE_CREATE, "cannot create %s: %s", "no se puede crear %s: %s") \
	MSG(M_WRITE_WRITE, "cannot write %s: %s", "no se puede escribir %s: %s") \
	MSG(M_WRITE_SYNC, "cannot sync %s to disk: %s", "no se puede volcar %s al disco: %s") \
	MSG(M_WRITE_RENAME, "cannot rename a temporary file to %s: %s", \
	    "no se puede renombrar un fichero temporal a %s: %s") \
	MSG(M_UNSAVED_COUNTS, "tasks: %zu, positions: %zu, candidates: %zu", \
	    "tareas: %zu, puestos: %zu, candidatos: %zu") \
	MSG(M_UNSAVED_QUIT, \
	    "the session has unsaved changes (%s): 'save FILE' keeps them; quit again (or Ctrl-D) to leave without saving", \
	    "la sesión tiene cambios sin guardar (%s): «guardar FICHERO» los conserva; salga otra vez (o Ctrl-D) " \
	    "para irse sin guardar") \
	MSG(M_UNSAVED_LOAD, \
	    "the session has unsaved changes (%s): 'save FILE' keeps them; load again to replace them", \
	    "la sesión tiene cambios sin guardar (%s): «guardar FICHERO» los conserva; cargue otra vez para " \
	    "sustituirlos") \
	MSG(M_UNSAVED_DROPPED, "note: unsaved changes dropped (%s)", "nota: cambios sin guardar descartados (%s)") \
	MSG(M_UNSAVED_REPLACED, "note: unsaved changes replaced (%s)", "nota: cambios sin guardar sustituidos (%s)") \
	MSG(M_REPORT_NOT_WRITTEN, "report not written: %s", "informe no escrito: %s") \
	MSG(M_REPORT_WRITTEN, "report written to %s", "informe escrito en %s") \
	MSG(M_REPORT_TITLE, "Front office or back office: consultation report", \
	    "¿Front office o back office? Informe de la consulta") \
	MSG(M_REPORT_INTRO, \
	    "Prepared by oficio %s from what was said in the session (tasks: %zu, positions: %zu,\n" \
	    "candidates: %zu). Each reason ends with the section of the article it comes from,\n" \
	    "in brackets; the sections are listed at the end.", \
	    "Preparado por oficio %s con lo dicho en la sesión (tareas: %zu, puestos: %zu,\n" \
	    "candidatos: %zu). Cada razón termina con la sección del artículo de la que viene,\n" \
	    "entre corchetes; las secciones se listan al final.") \
	MSG(M_REPORT_TASKS, "Tasks", "Tareas") \
	MSG(M_REPORT_SUMMARY, "Summary", "Resumen") \
	MSG(M_REPORT_SUMMARY_HEAD, "| task | side | confidence | decisive reason |", \
	    "| tarea | lado | confianza | razón decisiva |") \
	MSG(M_REPORT_DECISIVE, "%s, from \"%s\" [%s]", "%s, por «%s» [%s]") \
	MSG(M_REPORT_NO_TASKS, "No task was described.", "No se describió ninguna tarea.") \
	MSG(M_REPORT_TASK, "Task %s: %s", "Tarea %s: %s") \
	MSG(M_REPORT_DESCRIPTION, "Description", "Descripción") \
	MSG(M_REPORT_STATED, "Stated", "Declarado") \
	MSG(M_REPORT_ANSWERS, "Answers", "Respuestas") \
	MSG(M_REPORT_REASONS, "Reasons, strongest first:", "Razones, de más a menos fuerte:") \
	MSG(M_REPORT_POSITIONS, "Positions", "Puestos") \
	MSG(M_REPORT_NO_POSITIONS, "No position was kept (name one with `position NAME ID...`).", \
	    "No se guardó ningún puesto (nombre uno con `puesto NOMBRE ID...`).") \
	MSG(M_REPORT_POSITION, "Position %s", "Puesto %s") \
	MSG(M_REPORT_COVERS, "Covers", "Cubre") \
	MSG(M_REPORT_SKILLS, "Skills it needs, by importance:", "Habilidades que necesita, por importancia:") \
	MSG(M_REPORT_RANKING, "Candidates by fit (0 to 1):", "Candidatos por encaje (de 0 a 1):") \
	MSG(M_REPORT_CANDIDATES, "Candidates", "Candidatos") \
	MSG(M_REPORT_CV_LINE, " (CV line %ld)", " (línea %ld del CV)") \
	MSG(M_REPORT_NO_CANDIDATES, "No candidate was recorded.", "No se registró ningún candidato.") \
	MSG(M_REPORT_SECTIONS, "Sections of the article cited", "Secciones del artículo citadas") \
	MSG(M_REPORT_NO_SECTIONS, "None.", "Ninguna.") \
	MSG(M_CHECK_SUMMARY, "%zu files checked: %zu errors, %zu warnings", \
	    "%zu ficheros revisados: %zu errores, %zu avisos") \
	MSG(M_UNKNOWN_COMMAND, "unknown command '%s'%s (type 'help' for the list)", \
	    "orden desconocida «%s»%s (escriba «ayuda» para ver la lista)") \
	MSG(M_DID_YOU_MEAN, "; did you mean %s?", "; ¿quería decir %s?") \
	MSG(M_USAGE, "usage: %s", "uso: %s") \
	MSG(M_FILE_OPTION, "'%s' takes one file, after the name: %s NAME %s FILE", \
	    "«%s» lleva un fichero, tras el nombre: %s NOMBRE %s FICHERO") \
	MSG(M_WRONG_ARGS, "'%s': wrong number of arguments, %s; usage: %s", \
	    "«%s»: número de argumentos incorrecto, %s; uso: %s") \
	MSG(M_NO_ARGS, "it takes none", "no admite ninguno") \
	MSG(M_EXACTLY, "it takes %d", "admite %d") \
	MSG(M_AT_MOST, "it takes at most %d", "admite como mucho %d") \
	MSG(M_AT_LEAST, "it takes at least %d", "admite al menos %d") \
	MSG(M_BETWEEN, "it takes %d to %d", "admite de %d a %d") \
	MSG(M_UNTERMINATED_QUOTE, "unterminated quote starting at column %d", \
	    "comillas sin cerrar desde la columna %d") \
	MSG(M_STRAY_PAREN, "unbalanced ')' at column %d; the expression was discarded", \
	    "«)» sin pareja en la columna %d; se descartó la expresión") \
	MSG(M_TRAILING_TEXT, "unexpected text after the expression at column %d: '%s'", \
	    "texto inesperado tras la expresión en la columna %d: «%s»") \
	MSG(M_INCOMPLETE_EXPR, "incomplete CLIPS expression at end of input (missing %d ')')", \
	    "expresión CLIPS incompleta al final de la entrada (faltan %d «)»)") \
	MSG(M_BAD_BYTES, "the line holds control characters or invalid UTF-8 at column %d", \
	    "la línea contiene caracteres de control o UTF-8 no válido en la columna %d") \
	MSG(M_STOP_FIRINGS, "run stopped: it reached the limit of %lld rule firings (--max-firings)", \
	    "ejecución detenida: alcanzó el límite de %lld disparos de reglas (--max-firings)") \
	MSG(M_STOP_TIME, "run stopped: it reached the time limit of %g s (--max-seconds)", \
	    "ejecución detenida: alcanzó el límite de tiempo de %g s (--max-seconds)") \
	MSG(M_STOP_DEPTH, "run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)", \
	    "ejecución detenida: el código CLIPS se llamó o anidó a demasiada profundidad (la pila se desbordaría)") \
	MSG(M_STOP_INTERRUPT, "run interrupted (Ctrl-C)", "ejecución interrumpida (Ctrl-C)") \
	MSG(M_CLIPS_FAILED, "CLIPS reported an error", "CLIPS informó de un error") \
	MSG(M_LANG_NOW, "language: English (en)", "idioma: español (es)") \
	MSG(M_LANG_BAD, "unknown language '%s': use es or en", "idioma desconocido «%s»: use es o en") \
	MSG(M_RESET_DONE, "session cleared: tasks, positions, candidates and typed facts forgotten", \
	    "sesión borrada: tareas, puestos, candidatos y hechos tecleados olvidados") \
	MSG(M_RESET_RESTORED, \
	    "note: (reset) keeps the session: its tasks, positions and candidates were asserted again " \
	    "(the command 'reset' forgets them)", \
	    "nota: (reset) conserva la sesión: sus tareas, puestos y candidatos se afirmaron de nuevo " \
	    "(la orden «reiniciar» los olvida)") \
	MSG(M_CLEARED_RESTORED, \
	    "note: (clear) removed the knowledge: it was loaded again, and the session with it " \
	    "(the command 'reset' forgets the session)", \
	    "nota: (clear) quitó el conocimiento: se cargó de nuevo, y la sesión con él " \
	    "(la orden «reiniciar» olvida la sesión)") \
	MSG(M_RELOAD_DONE, "knowledge reloaded: %zu files", "conocimiento recargado: %zu ficheros") \
	MSG(M_RELOAD_KEPT, "reload failed; the previous knowledge and session are kept", \
	    "la recarga falló; se conservan el conocimiento y la sesión anteriores") \
	MSG(M_KB_FAILED, "the knowledge failed to load", "el conocimiento no se pudo cargar") \
	MSG(M_CANNOT_READ, "cannot read %s: %s", "no se puede leer %s: %s") \
	MSG(M_NO_CLP, "%s: no .clp files found", "%s: no hay ficheros .clp") \
	MSG(M_NOT_FILE, "%s: not a file or a folder", "%s: no es un fichero ni una carpeta") \
	MSG(M_DUMP_DONE, "knowledge written to %s (%zu files)", "conocimiento escrito en %s (%zu ficheros)") \
	MSG(M_DUMP_FAILED, "cannot write the knowledge to %s: %s", \
	    "no se puede escribir el conocimiento en %s: %s") \
	MSG(M_HELP_HEADER, "Commands (English name, Spanish alias):", \
	    "Órdenes (nombre en español, alias en inglés):") \
	MSG(M_HELP_FOOTER, \
	    "A line that starts with '(' goes to CLIPS; it may span several lines.\n" \
	    "Type 'help COMMAND' for one command. Tab completes commands and arguments.", \
	    "Una línea que empieza por «(» va a CLIPS; puede ocupar varias líneas.\n" \
	    "Escriba «ayuda ORDEN» para ver una orden. El tabulador completa órdenes y argumentos.") \
	MSG(M_HELP_UNKNOWN, "no command named '%s'%s (type 'help')", "no hay ninguna orden «%s»%s (escriba «ayuda»)") \
	MSG(M_ALIAS, "also", "también") \
	MSG(M_HELP_ARGUMENTS, "arguments:", "argumentos:") \
	MSG(M_HELP_ATTRIBUTES, "attributes a task may state, as NAME=VALUE at the end:", \
	    "atributos que una tarea puede declarar, como NOMBRE=VALOR al final:") \
	MSG(M_HELP_EXAMPLE, "example: %s", "ejemplo: %s") \
	MSG(M_BANNER, "oficio %s: front office and back office advice. Type 'help' for the commands.", \
	    "oficio %s: consejo sobre front office y back office. Escriba «ayuda» para ver las órdenes.") \
	MSG(M_OPT_UNKNOWN, "unknown option '%s'", "opción desconocida «%s»") \
	MSG(M_OPT_NEEDS_VALUE, "option '%s' needs a value", "la opción «%s» necesita un valor") \
	MSG(M_OPT_BAD_NUMBER, "option '%s' takes a number >= 0, not '%s'", \
	    "la opción «%s» admite un número >= 0, no «%s»") \
	MSG(M_OPT_BAD_WHOLE, "option '%s' takes a whole number >= 0, not '%s'", \
	    "la opción «%s» admite un número entero >= 0, no «%s»") \
	MSG(M_OPT_EXTRA, "unexpected argument '%s'", "argumento inesperado «%s»") \
	MSG(M_TRY_HELP, "try 'oficio --help'", "pruebe «oficio --help»") \
	MSG(M_CANNOT_OPEN_SCRIPT, "cannot read the script %s: %s%s", "no se puede leer el guion %s: %s%s") \
	MSG(M_BAD_ID, "'%s' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)", \
	    "«%s» no sirve como id: use letras, dígitos, «-», «_» o «.» (64 como mucho)") \
	MSG(M_UNKNOWN_ID, "nothing called '%s': no side, role, duty, task or position (try 'roles', 'duties', 'tasks')", \
	    "nada se llama «%s»: ningún lado, rol, función, tarea ni puesto (pruebe «roles», «funciones», «tareas»)") \
	MSG(M_AMBIGUOUS, "'%s' names more than one thing: use its id", "«%s» nombra más de una cosa: use su id") \
	MSG(M_UNKNOWN_SKILL, "no skill called '%s' (try 'skills')", "ninguna habilidad se llama «%s» (pruebe «habilidades»)") \
	MSG(M_UNKNOWN_TASK, "no task '%s' (try 'tasks')", "no hay ninguna tarea «%s» (pruebe «tareas»)") \
	MSG(M_UNKNOWN_CANDIDATE, "no candidate '%s' (add one with 'candidate NAME SKILL...')", \
	    "no hay ningún candidato «%s» (añada uno con «candidato NOMBRE HABILIDAD...»)") \
	MSG(M_UNKNOWN_ATTR, "unknown attribute '%s'; the attributes are: %s", \
	    "atributo desconocido «%s»; los atributos son: %s") \
	MSG(M_BAD_VALUE, "'%s': the attribute takes %s", "«%s»: el atributo admite %s") \
	MSG(M_ANY_ID, "any %s id", "cualquier id de %s") \
	MSG(M_CONTRADICTS, "'%s': one attribute, two values; state it once", \
	    "«%s»: un atributo con dos valores; indíquelo una vez") \
	MSG(M_NO_TEXT, "a task needs a description or attributes (name=value)", \
	    "una tarea necesita una descripción o atributos (nombre=valor)") \
	MSG(M_NO_SKILLS_TO_FIT, \
	    "the position (%s) needs no known skill yet, so there is nothing to weigh a candidate against: " \
	    "say more about its tasks, or add roles or duties", \
	    "el puesto (%s) aún no necesita ninguna habilidad conocida, así que no hay con qué medir a un " \
	    "candidato: diga más de sus tareas, o añada roles o funciones") \
	MSG(M_NAME_TAKEN, "'%s' already names %s: choose another name", "«%s» ya nombra %s: elija otro nombre") \
	MSG(M_A_TASK, "a task", "una tarea") \
	MSG(M_A_POSITION, "a kept position", "un puesto guardado") \
	MSG(M_A_CANDIDATE, "a candidate", "un candidato") \
	MSG(M_AN_ITEM, "%s in the knowledge (a %s)", "«%s» del conocimiento (%s)") \
	MSG(M_ENGINE_FAILED, "the rules failed: %s", "las reglas fallaron: %s") \
	MSG(M_NO_DICTIONARY, "a dictionary the knowledge names is missing: %s", \
	    "falta un diccionario que el conocimiento nombra: %s") \
	MSG(M_VERDICT, "%s (confidence %.2f; front %.1f, back %.1f)", "%s (confianza %.2f; front %.1f, back %.1f)") \
	MSG(M_REASON, "%s, from \"%s\": %s %+.1f [%s]", "%s, por «%s»: %s %+.1f [%s]") \
	MSG(M_REASON_PART, "%s, from \"%s\": %s %+.2f (of %.1f: each further reason counts less) [%s]", \
	    "%s, por «%s»: %s %+.2f (de %.1f: cada razón más cuenta menos) [%s]") \
	MSG(M_NO_EVIDENCE, "no evidence found: say more about the task, or state attributes (name=value)", \
	    "no se halló evidencia: diga más de la tarea, o declare atributos (nombre=valor)") \
	MSG(M_NO_TASKS, "no tasks yet: describe one with 'task ID TEXT'", \
	    "aún no hay tareas: describa una con «tarea ID TEXTO»") \
	MSG(M_FORGOTTEN, "task %s forgotten", "tarea %s olvidada") \
	MSG(M_FORGOTTEN_COVERED, "task %s forgotten; kept positions that no longer cover it: %s", \
	    "tarea %s olvidada; puestos guardados que ya no la cubren: %s") \
	MSG(M_ANSWERS_DROPPED, "  (a new description starts afresh: interview answers dropped: %zu; 'ask %s' asks again)", \
	    "  (una descripción nueva empieza de cero: respuestas de la entrevista descartadas: %zu; «preguntar %s» " \
	    "vuelve a preguntar)") \
	MSG(M_NO_SKILLS, "it needs no known skill yet: say more about its tasks, or add roles or duties", \
	    "aún no necesita ninguna habilidad conocida: diga más de sus tareas, o añada roles o funciones") \
	MSG(M_BECAUSE, "because of %s", "por %s") \
	MSG(M_THROUGH, ", through %s", ", a través de %s") \
	MSG(M_DOC_NOT_READ, "cannot read %s: %s%s", "no se puede leer %s: %s%s") \
	MSG(M_DOC_NO_POSITION, "; no position made", "; no se creó ningún puesto") \
	MSG(M_DOC_NO_CANDIDATE, "; no candidate made", "; no se creó ningún candidato") \
	MSG(M_DOC_TOO_BIG, "larger than %d MiB, too large for a document", \
	    "mayor de %d MiB, demasiado para un documento") \
	MSG(M_DOC_EMPTY, "%s: the file is empty%s", "%s: el fichero está vacío%s") \
	MSG(M_DOC_NUL, "%s:%ld:%ld: a NUL byte: not a text file%s", \
	    "%s:%ld:%ld: un byte NUL: no es un fichero de texto%s") \
	MSG(M_DOC_UTF8, "%s:%ld:%ld: not valid UTF-8 (save the file as UTF-8 text)%s", \
	    "%s:%ld:%ld: no es UTF-8 válido (guarde el fichero como texto UTF-8)%s") \
	MSG(M_DOC_NO_DUTIES, \
	    "%s: no duties found (%zu lines set aside); no position made: put the duties under a heading such as " \
	    "\"Responsibilities\" or \"Funciones\", or give a file of duties alone", \
	    "%s: no se encontraron funciones (%zu líneas apartadas); no se creó ningún puesto: ponga las funciones " \
	    "bajo un encabezado como «Funciones» o «Responsibilities», o dé un fichero solo con funciones") \
	MSG(M_DOC_TOO_MANY, "%s: %zu duties, more than a position has (%d at most); no position made", \
	    "%s: %zu funciones, más de las que tiene un puesto (%d como mucho); no se creó ningún puesto") \
	MSG(M_DOC_EXISTS, "%s is a kept position already: pick another name", \
	    "%s ya es un puesto guardado: elija otro nombre") \
	MSG(M_DOC_TASK_TAKEN, "%s is a task already: pick another name for the position", \
	    "%s ya es una tarea: elija otro nombre para el puesto") \
	MSG(M_DOC_DUTY_FAILED, "%s:%ld: this duty was not taken: %s; no position made", \
	    "%s:%ld: esta función no se pudo tomar: %s; no se creó ningún puesto") \
	MSG(M_DOC_READ, "position %s read from %s: %zu duties (front office %zu, back office %zu, mixed %zu, unclear %zu): %s", \
	    "puesto %s leído de %s: %zu funciones (front office %zu, back office %zu, mixtas %zu, sin aclarar %zu): %s") \
	MSG(M_DOC_WEIGHT, "weight of the evidence: front office %.0f%%, back office %.0f%% (every duty's scores summed)", \
	    "peso de la evidencia: front office %.0f%%, back office %.0f%% (las puntuaciones de todas las funciones sumadas)") \
	MSG(M_PROFILE_ALL_FRONT, "all front office", "todo front office") \
	MSG(M_PROFILE_ALL_BACK, "all back office", "todo back office") \
	MSG(M_PROFILE_MOSTLY_FRONT, "mostly front office", "sobre todo front office") \
	MSG(M_PROFILE_MOSTLY_BACK, "mostly back office", "sobre todo back office") \
	MSG(M_PROFILE_EVEN, "as much front office as back office", "tanto front office como back office") \
	MSG(M_PROFILE_UNCLEAR, "no side is clear yet", "ningún lado está claro aún") \
	MSG(M_DOC_SPLIT, "on the other side or mixed (to consider splitting off):", \
	    "del otro lado o mixtas (para pensar en separarlas):") \
	MSG(M_DOC_SET_ASIDE, "set aside, not duties:", "apartado, no son funciones:") \
	MSG(M_DOC_ASIDE_LINE, "  %s (%s): %zu from line %ld", "  %s (%s): %zu desde la línea %ld") \
	MSG(M_CV_READ, "candidate %s read from %s: %zu skills", "candidato %s leído de %s: %zu habilidades") \
	MSG(M_CV_NAMED, "  %s (%s), line %ld: \"%s\"", "  %s (%s), línea %ld: «%s»") \
	MSG(M_CV_BY_DUTY, "  %s (%s), line %ld: \"%s\" (%s)", "  %s (%s), línea %ld: «%s» (%s)") \
	MSG(M_CV_VIA, "\"%s\": %s", "«%s»: %s") \
	MSG(M_CV_TOO_LONG, "%s: %zu lines and sentences, longer than a CV (%d at most); no candidate made", \
	    "%s: %zu líneas y frases, más de lo que tiene un CV (%d como mucho); no se creó ningún candidato") \
	MSG(M_CV_NO_SKILLS, \
	    "%s: no skill found (by a label or synonym, or by a duty or job the text names); no candidate made: " \
	    "record one with candidate NAME SKILL...", \
	    "%s: no se encontró ninguna habilidad (por su nombre o un sinónimo, o por una función o un rol que el " \
	    "texto nombre); no se creó ningún candidato: regístrelo con candidato NOMBRE HABILIDAD...") \
	MSG(M_DOC_STDIN, "standard input", "la entrada estándar") \
	MSG(M_DOC_BEFORE_HEADING, "before the first heading", "antes del primer encabezado") \
	MSG(M_DOC_KIND_REQUIREMENTS, "requirements", "requisitos") \
	MSG(M_DOC_KIND_OFFER, "the offer", "la oferta") \
	MSG(M_DOC_KIND_COMPANY, "the company", "la empresa") \
	MSG(M_DOC_KIND_INTRO, "introduction", "introducción") \
	MSG(M_DOC_KIND_UNKNOWN, "a heading the knowledge does not name", "un encabezado que el conocimiento no nombra") \
	MSG(M_DOC_SKILLS, "skills the position needs:", "habilidades que necesita el puesto:") \
	MSG(M_DOC_REQUIRED, "skills the requirements name:", "habilidades que nombran los requisitos:") \
	MSG(M_DOC_REQUIRED_LINE, "  %s (%s): \"%s\", line %ld", "  %s (%s): «%s», línea %ld") \
	MSG(M_POSITION_KEPT, "position %s kept (%zu skills)", "puesto %s guardado (%zu habilidades)") \
	MSG(M_CANDIDATE_KEPT, "candidate %s:", "candidato %s:") \
	MSG(M_FIT, "%s fits %.2f", "%s encaja %.2f") \
	MSG(M_HAS, "has", "tiene") \
	MSG(M_MISSING, "missing", "le falta") \
	MSG(M_NO_CANDIDATES, "no candidates yet: add one with 'candidate NAME SKILL...'", \
	    "aún no hay candidatos: añada uno con «candidato NOMBRE HABILIDAD...»") \
	MSG(M_DUTIES, "duties", "funciones") \
	MSG(M_BAD_SIDE, "'%s' is not a side; the sides are: %s%s", "«%s» no es un lado; los lados son: %s%s") \
	MSG(M_BATCH_BAD_JSON, "bad JSON at column %d: %s", "JSON erróneo en la columna %d: %s") \
	MSG(M_BATCH_NOT_OBJECT, "the line is not a JSON object", "la línea no es un objeto JSON") \
	MSG(M_BATCH_NO_TEXT, "the object has no string \"text\"", "el objeto no tiene un \"text\" de tipo cadena") \
	MSG(M_BATCH_EMPTY, "the line is empty (a JSON object with a \"text\" was expected)", \
	    "la línea está vacía (se esperaba un objeto JSON con un \"text\")") \
	MSG(M_BATCH_ATTRS, "\"attributes\" is not an object of name: value", \
	    "\"attributes\" no es un objeto de nombre: valor") \
	MSG(M_BATCH_ATTR_VALUE, "attributes.%s: expected a string", "attributes.%s: se esperaba una cadena") \
	MSG(M_JOBS_LOST, "not answered: the worker process answering it died (%s)", \
	    "sin respuesta: murió el proceso de trabajo que la respondía (%s)") \
	MSG(M_JOBS_NO_WORKER, "not answered: no worker process is left", \
	    "sin respuesta: no queda ningún proceso de trabajo") \
	MSG(M_JOBS_WORKER_DIED, "a worker process died (%s)", "murió un proceso de trabajo (%s)") \
	MSG(M_JOBS_SIGNAL, "killed by signal %d", "terminado por la señal %d") \
	MSG(M_JOBS_STATUS, "exit status %d", "estado de salida %d") \
	MSG(M_JOBS_GARBLED, "it answered out of turn", "respondió fuera de turno") \
	MSG(M_WRITE_OUTPUT, "cannot write the output: %s", "no se puede escribir la salida: %s") \
	MSG(M_OPT_BAD_JOBS, "--jobs takes a whole number from 1 to 64, not '%s'", \
	    "--jobs admite un número entero de 1 a 64, no «%s»") \
	MSG(M_OPT_BAD_FIRST_LINE, "--first-line takes a whole number from 1, not '%s'", \
	    "--first-line admite un número entero desde 1, no «%s»") \
	MSG(M_JOBS_FORK, "cannot start a worker: %s", "no se puede arrancar un proceso de trabajo: %s") \
	MSG(M_CLASSIFY_NO_TEXT, "classify needs a TEXT", "classify necesita un TEXTO")

#define MSG_ENUM(id, en, es) id,
enum msg { MESSAGES(MSG_ENUM) M_COUNT };
#undef MSG_ENUM

void msg_set_lang(enum lang lang);
enum lang msg_lang(void);
const char *msg(enum msg id);
/* Picks one of two texts by the current language. */
const char *msg_pick(const char *en, const char *es);
/* The language the environment asks for: LC_ALL, LC_MESSAGES, then LANG;
 * Spanish for es*, else English. */
enum lang msg_lang_from_env(void);
/* An errno in words, in the current language (strerror's in English). */
const char *msg_errno(int code);
/* Parses "es" or "en" (also "español", "english"); returns -1 otherwise. */
int msg_parse_lang(const char *s);

#endif
