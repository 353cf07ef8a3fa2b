#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H

#include <poppler.h>
#include <glib.h>
#include <string.h>

// poppler-glib reports syntax problems in a PDF through GLib's log under the
// "Poppler" domain. A damaged plan is reported to the user as a
// PlanReadingError; these messages must not reach the terminal as well. They
// are counted per thread (poppler works on the caller's thread), so a reader
// can tell a damaged file from one that merely has no text.
static __thread unsigned long cpoppler_problem_count = 0;

static void cpoppler_drop_message(const gchar *domain, GLogLevelFlags level,
                                  const gchar *message, gpointer data) {
  (void)domain; (void)level; (void)message; (void)data;
  cpoppler_problem_count++;
}

/// How many problems poppler has reported on this thread so far.
static inline unsigned long cpoppler_problems(void) { return cpoppler_problem_count; }

/// Sends poppler's log messages nowhere. Safe to call more than once.
static inline void cpoppler_silence(void) {
  static gsize done = 0;
  if (g_once_init_enter(&done)) {
    g_log_set_handler("Poppler", (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                      cpoppler_drop_message, NULL);
    g_once_init_leave(&done, 1);
  }
}

/// Why a document did not open.
typedef enum {
  CPOPPLER_OPEN_OK = 0,
  CPOPPLER_OPEN_ENCRYPTED = 1,
  CPOPPLER_OPEN_DAMAGED = 2,
} cpoppler_open_status;

/// Opens a PDF from bytes (copied). On failure returns NULL, sets `status`
/// and, when poppler gave one, `message` (free it with g_free).
static inline PopplerDocument *cpoppler_open(const void *bytes, size_t length,
                                             cpoppler_open_status *status, char **message) {
  // poppler sets up its global state when the first document opens; a batch
  // opens documents on several threads, so opening is done one at a time.
  static GMutex opening;
  cpoppler_silence();
  *message = NULL;
  GBytes *data = g_bytes_new(bytes, length);
  GError *error = NULL;
  g_mutex_lock(&opening);
  PopplerDocument *document = poppler_document_new_from_bytes(data, NULL, &error);
  g_mutex_unlock(&opening);
  g_bytes_unref(data);
  if (document != NULL) {
    *status = CPOPPLER_OPEN_OK;
    return document;
  }
  *status = CPOPPLER_OPEN_DAMAGED;
  if (error != NULL) {
    if (error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED) {
      *status = CPOPPLER_OPEN_ENCRYPTED;
    }
    *message = g_strdup(error->message);
    g_error_free(error);
  }
  return NULL;
}

/// The text attributes of a page as a flat array (free with
/// cpoppler_free_attributes); `count` receives the number of ranges.
typedef struct {
  int start;
  int end;
  double size;
  int bold;
} cpoppler_range;

static inline cpoppler_range *cpoppler_page_ranges(PopplerPage *page, size_t *count) {
  GList *list = poppler_page_get_text_attributes(page);
  size_t n = g_list_length(list);
  cpoppler_range *ranges = g_new0(cpoppler_range, n > 0 ? n : 1);
  size_t i = 0;
  for (GList *item = list; item != NULL; item = item->next, i++) {
    PopplerTextAttributes *a = (PopplerTextAttributes *)item->data;
    ranges[i].start = a->start_index;
    ranges[i].end = a->end_index;
    ranges[i].size = a->font_size;
    const char *name = a->font_name != NULL ? a->font_name : "";
    ranges[i].bold = strstr(name, "Bold") != NULL || strstr(name, "bold") != NULL
                     || strstr(name, "Black") != NULL || strstr(name, "Heavy") != NULL
                     || strstr(name, "Semibold") != NULL || strstr(name, "SemiBold") != NULL;
  }
  poppler_page_free_text_attributes(list);
  *count = n;
  return ranges;
}

/// Frees what the helpers above and poppler_page_get_text hand out.
static inline void cpoppler_free(void *pointer) { g_free(pointer); }

/// Releases a document or page.
static inline void cpoppler_release(void *object) { g_object_unref(object); }

#endif
