#!/usr/bin/env python3
"""
Writes the malformed-input corpus and its manifest, expected.tsv.

Every file here is written for the project (no corpus text): plans made up
for these tests, the test rubric with one thing broken, an assessment of a
sample plan with one value broken. Each row of expected.tsv names a file,
the command it is given to (see MalformedInputTests), the exit code and a
fragment the output must contain. Run from this folder: python3 generate.py

Assessment fixtures carry @DEFAULT_RUBRIC_SHA256@ for the default rubric's SHA-256;
MalformedInputTests fills it in, so a rubric change does not date them.
"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []

def write(name, data, command, code, fragment):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    ROWS.append((name, command, str(code), fragment))

def row(name, command, code, fragment):
    ROWS.append((name, command, str(code), fragment))

PLAN = ("---\ngemeente: Testdorp\njaar: 2025\nsoort: wijkactieplan\n---\n\n# Wijkplan\n\n"
        "Bewoners beslissen samen over het wijkbudget van 20.000 euro.\n")
OK = "scorecard: "

# MARK: text plans (command: score, or read for reading notes)
write('text/empty.txt', b'', 'score', 1, 'the file is empty')
write('text/spaces-only.txt', b'   \n\t\n  ', 'score', 1, 'the file is empty')
write('text/bom-only.txt', b'\xef\xbb\xbf', 'score', 1, 'the file is empty')
write('text/bom-and-spaces.md', b'\xef\xbb\xbf  \n\n', 'score', 1, 'the file is empty')
write('text/utf16le-bom-only.txt', b'\xff\xfe', 'score', 1, 'the file is empty')
write('text/utf16be-bom-only.txt', b'\xfe\xff', 'score', 1, 'the file is empty')
write('text/png-image.txt', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01', 'score', 1, 'not a text or XML file')
write('text/pdf-header.md', b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x00', 'score', 1, 'this PDF is damaged')
write('text/nul-bytes.txt', b'Bewoners\x00\x00\x00beslissen\x00', 'score', 1, 'not a text or XML file')
write('text/windows-1252.txt', ('Wijkplan\n\nBewoners beslissen over het caf\xe9 en de co\xf6peratie.\n').encode('latin-1'), 'score', 0, OK)
write('text/invalid-utf8-sequence.md', b'# Plan\n\nBewoners \xc3\x28 beslissen \xff over het budget.\n', 'score', 0, OK)
write('text/utf16le-plan.txt', '\ufeff# Plan\n\nBewoners beslissen over het budget.\n'.encode('utf-16-le'), 'score', 0, OK)
write('text/only-headings.md', '# Plan\n\n## Deel 1\n\n## Deel 2\n', 'score', 0, OK)
write('text/front-matter-bad-year.md', PLAN.replace('jaar: 2025', 'jaar: 20x5'), 'read', 0, "`jaar: 20x5` was not used")
write('text/front-matter-bad-kind.md', PLAN.replace('soort: wijkactieplan', 'soort: plannetje'), 'read', 0, "`soort: plannetje` was not used: not a known kind")
write('text/front-matter-bad-language.md', PLAN.replace('---\n\n#', 'taal: klingon\n---\n\n#'), 'read', 0, "`taal: klingon` was not used: not a known language")
write('text/front-matter-unclosed.md', '---\ngemeente: Testdorp\njaar: 2025\n\n# Plan\n\nBewoners beslissen.\n', 'score', 0, OK)
write('text/front-matter-only.md', '---\ngemeente: Testdorp\n---\n', 'score', 0, OK)
write('text/very-long-line.txt', 'Bewoners beslissen ' + 'heel ' * 10000 + 'veel.\n', 'score', 0, OK)
write('text/very-long-word.txt', 'Bewoners ' + 'x' * 50000 + ' beslissen.\n', 'score', 0, OK)
write('text/control-characters.txt', '# Plan\n\nBewoners \x1b[31mbeslissen\x1b[0m over \x07het budget.\x08\n', 'score', 0, OK)
write('text/carriage-returns-only.txt', '# Plan\r\rBewoners beslissen over het budget.\r', 'score', 0, OK)
write('text/crlf.md', '# Plan\r\n\r\nBewoners beslissen over het budget.\r\n', 'score', 0, OK)
write('text/zero-width-and-bidi.md', '# Pl\u200ban\n\nBewoners \u202ebeslissen\u202c over het \ufeffbudget.\n', 'score', 0, OK)
write('text/broken-table.md', '# Plan\n\n| a | b |\n|---|\n| 1 | 2 | 3 | 4 |\n|\n', 'score', 0, OK)
write('text/deep-list.md', '# Plan\n\n' + ''.join('  ' * i + '- punt\n' for i in range(150)), 'score', 0, OK)
write('text/many-headings.md', ''.join('#' * (1 + i % 6) + ' Kop %d\n\n' % i for i in range(3000)), 'score', 0, OK)

# MARK: XML plans (generic, own <plan>, STOP, officiële publicatie)
X = '<?xml version="1.0" encoding="UTF-8"?>\n'
write('xml/unclosed-tag.xml', X + '<plan>\n  <alinea>open\n</plan>\n', 'score', 1, 'malformed XML')
write('xml/mismatched-tags.xml', X + '<plan><sectie><kop>K</sectie></plan>\n', 'score', 1, 'Opening and ending tag mismatch')
write('xml/attribute-without-quotes.xml', X + '<plan gemeente=Testdorp></plan>\n', 'score', 1, 'malformed XML')
write('xml/duplicate-attribute.xml', X + '<plan gemeente="A" gemeente="B"><alinea>x</alinea></plan>\n', 'score', 1, 'redefined')
write('xml/undefined-entity.xml', X + '<plan><alinea>a &nbsp; b</alinea></plan>\n', 'score', 1, 'the entity &nbsp; is used but never defined')
write('xml/many-undefined-entities.xml', X + '<plan><alinea>' + '&x;' * 40000 + '</alinea></plan>\n', 'score', 1, 'references to undefined entities')
write('xml/entity-bomb.xml', X + '<!DOCTYPE plan [\n' + '<!ENTITY a0 "ha">\n' + ''.join('<!ENTITY a%d "%s">\n' % (i, ('&a%d;' % (i - 1)) * 10) for i in range(1, 10)) + ']>\n<plan><alinea>&a9;</alinea></plan>\n', 'score', 1, 'refused for safety')
write('xml/external-entity.xml', X + '<!DOCTYPE plan [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>\n<plan><alinea>Bewoners beslissen. &geheim;</alinea></plan>\n', 'score', 0, OK)
write('xml/external-entity-in-attribute.xml', X + '<!DOCTYPE plan [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>\n<plan gemeente="&geheim;"><alinea>x</alinea></plan>\n', 'score', 1, 'external entity')
write('xml/external-dtd.xml', X + '<!DOCTYPE plan SYSTEM "http://example.invalid/plan.dtd">\n<plan><alinea>Bewoners beslissen over het budget.</alinea></plan>\n', 'score', 0, OK)
write('xml/parameter-entity.xml', X + '<!DOCTYPE plan [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]>\n<plan><alinea>Bewoners beslissen.</alinea></plan>\n', 'score', 0, OK)
write('xml/deep-nesting.xml', X + '<plan>' + '<a>' * 300 + 'x' + '</a>' * 300 + '</plan>\n', 'score', 1, 'nested more than 256 levels deep')
write('xml/no-root.xml', X, 'score', 1, 'malformed XML')
write('xml/two-roots.xml', X + '<plan><alinea>a</alinea></plan>\n<plan><alinea>b</alinea></plan>\n', 'score', 1, 'Extra content at the end of the document')
write('xml/comment-only.xml', X + '<!-- alleen commentaar -->\n', 'score', 1, 'malformed XML')
write('xml/unclosed-cdata.xml', X + '<plan><alinea><![CDATA[open</alinea></plan>\n', 'score', 1, 'malformed XML')
write('xml/unclosed-comment.xml', X + '<plan><!-- open <alinea>x</alinea></plan>\n', 'score', 1, 'malformed XML')
write('xml/bad-character-reference.xml', X + '<plan><alinea>a &#0; b</alinea></plan>\n', 'score', 1, 'malformed XML')
write('xml/surrogate-character-reference.xml', X + '<plan><alinea>a &#xD800; b</alinea></plan>\n', 'score', 1, 'malformed XML')
write('xml/control-character.xml', X + '<plan><alinea>a \x01 b</alinea></plan>\n', 'score', 1, 'malformed XML')
write('xml/undeclared-namespace-prefix.xml', X + '<plan><x:alinea>Bewoners beslissen.</x:alinea></plan>\n', 'score', 0, OK)
write('xml/undecodable-declared-euc-jp.xml', '<?xml version="1.0" encoding="EUC-JP"?>\n<plan><alinea>'.encode('ascii') + b'\x8e\xff\xfe bewoners' + '</alinea></plan>\n'.encode('ascii'), 'score', 1, 'not valid in the encoding the file declares (EUC-JP)')
write('html/undecodable-meta-charset.html', '<html><head><meta charset="EUC-JP"><title>Wijkplan</title></head><body><h1>Participatie</h1><p>'.encode('ascii') + b'\x8e\xff\xfe' + ' Bewoners konden reageren op het ontwerp.</p></body></html>\n'.encode('ascii'), 'score', 0, 'Wijkplan')
write('xml/latin1-declared-utf8.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<plan><alinea>caf\xe9</alinea></plan>\n'.encode('latin-1'), 'score', 1, 'malformed XML')
write('xml/unknown-encoding.xml', '<?xml version="1.0" encoding="x-klingon"?>\n<plan><alinea>Bewoners beslissen.</alinea></plan>\n', 'score', 1, 'malformed XML')
write('xml/utf16-with-bom.xml', ('\ufeff<?xml version="1.0" encoding="UTF-16"?>\n<plan><alinea>Bewoners beslissen over het budget.</alinea></plan>\n').encode('utf-16-le'), 'score', 0, OK)
write('xml/declaration-only.xml', '<?xml version="1.0"?>', 'score', 1, 'malformed XML')
write('xml/truncated.xml', X + '<plan gemeente="Testdorp"><sectie><kop>Partic', 'score', 1, 'malformed XML')
write('xml/huge-attribute.xml', X + '<plan titel="' + 'a' * 50000 + '"><alinea>Bewoners beslissen.</alinea></plan>\n', 'score', 0, OK)
write('xml/many-attributes.xml', X + '<plan ' + ' '.join('a%d="x"' % i for i in range(5000)) + '><alinea>Bewoners beslissen.</alinea></plan>\n', 'score', 0, OK)
write('xml/processing-instruction-only.xml', X + '<?pi data?>\n', 'score', 1, 'malformed XML')
write('xml/text-before-root.xml', X + 'tekst<plan><alinea>x</alinea></plan>\n', 'score', 1, 'malformed XML')
# own <plan> schema
write('xml/plan-bad-year.xml', X + '<plan gemeente="Testdorp" jaar="twintig" soort="wijkactieplan" taal="nl"><titel>Plan</titel><sectie><kop>Participatie</kop><alinea>Bewoners beslissen over het budget.</alinea></sectie></plan>\n', 'score', 0, OK)
write('xml/plan-empty.xml', X + '<plan gemeente="Testdorp"/>\n', 'score', 0, OK)
write('xml/plan-unknown-elements.xml', X + '<plan><onbekend><nogiets>Bewoners beslissen over het budget.</nogiets></onbekend></plan>\n', 'score', 0, OK)
write('xml/plan-unclosed-section.xml', X + '<plan><sectie><kop>Kop</kop><alinea>x</alinea></plan>\n', 'score', 1, 'Opening and ending tag mismatch')
# STOP / IMOP
STOP_NS = 'https://standaarden.overheid.nl/stop/imop/tekst/'
write('xml/stop-unclosed.xml', X + '<Regeling xmlns="%s"><RegelingOpschrift><Al>Omgevingsplan</Al></RegelingOpschrift><Lichaam><Artikel><Kop><Label>Artikel</Label><Nummer>1</Nummer></Kop><Al>Bewoners beslissen.</Artikel></Lichaam></Regeling>\n' % STOP_NS, 'score', 1, 'Opening and ending tag mismatch')
write('xml/stop-empty-body.xml', X + '<Regeling xmlns="%s"><RegelingOpschrift><Al>Omgevingsplan</Al></RegelingOpschrift><Lichaam/></Regeling>\n' % STOP_NS, 'score', 0, OK)
write('xml/stop-undefined-entity.xml', X + '<Regeling xmlns="%s"><Lichaam><Artikel><Al>Bewoners &beslissen; mee.</Al></Artikel></Lichaam></Regeling>\n' % STOP_NS, 'score', 1, 'is used but never defined')
write('xml/stop-deep.xml', X + '<Regeling xmlns="%s"><Lichaam>' % STOP_NS + '<Divisie>' * 300 + '<Al>x</Al>' + '</Divisie>' * 300 + '</Lichaam></Regeling>\n', 'score', 1, 'nested more than 256 levels deep')
# officiële publicaties
write('xml/op-unclosed.xml', X + '<officiele-publicatie><metadata><meta name="DC.creator" scheme="OVERHEIDop.Gemeente" content="Testdorp"/></metadata><gemeenteblad><zakelijke-mededeling><al>Bewoners beslissen.</zakelijke-mededeling></gemeenteblad></officiele-publicatie>\n', 'score', 1, 'Opening and ending tag mismatch')
write('xml/op-empty.xml', X + '<officiele-publicatie><metadata/></officiele-publicatie>\n', 'score', 0, OK)
write('xml/op-bad-meta.xml', X + '<officiele-publicatie><metadata><meta name="DC.creator" content=""/><meta/></metadata><gemeenteblad><zakelijke-mededeling><al>Bewoners beslissen over het budget.</al></zakelijke-mededeling></gemeenteblad></officiele-publicatie>\n', 'score', 0, OK)
write('xml/op-entity-bomb.xml', X + '<!DOCTYPE officiele-publicatie [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>\n<officiele-publicatie><gemeenteblad><al>&h;</al></gemeenteblad></officiele-publicatie>\n', 'score', 1, 'refused for safety')

# MARK: rubrics (command: validate = `rubric validate`, rubric = `score <plan> --rubric`)
base = open(os.path.join(HERE, '..', 'rubrics', 'test-rubric.json'), encoding='utf-8').read()
base = base.replace('"$schema": "../../../../Rubrics/rubric.schema.json"', '"$schema": "../../../../../Rubrics/rubric.schema.json"')
def rubric(name, old, new, command, code, fragment, count=1):
    assert old in base, old
    write('rubric/' + name, base.replace(old, new, count), command, code, fragment)
rubric('weight-1e308.json', '"weight": 2,', '"weight": 1e308,', 'validate', 2, 'weight must be at most 1000')
rubric('weight-1e308-score.json', '"weight": 2,', '"weight": 1e308,', 'rubric', 2, 'weight must be at most 1000')
rubric('weight-1e307-everywhere.json', '"weight": ', '"weight": 1e307, "x": ', 'validate', 2, 'weight must be at most 1000', count=-1)
rubric('weight-zero.json', '"weight": 2,', '"weight": 0,', 'validate', 2, 'weight must be greater than 0')
rubric('weight-negative.json', '"weight": 2,', '"weight": -3,', 'validate', 2, 'weight must be greater than 0')
rubric('weight-string.json', '"weight": 2,', '"weight": "2",', 'validate', 2, 'expected a number')
rubric('weight-1001.json', '"weight": 2,', '"weight": 1001,', 'validate', 2, 'weight must be at most 1000')
rubric('number-out-of-range.json', '"weight": 2,', '"weight": 1e400,', 'validate', 2, 'is out of range')
rubric('number-huge-token.json', '"weight": 2,', '"weight": 1' + '0' * 20000 + ',', 'validate', 2, 'is out of range')
rubric('nan-literal.json', '"weight": 2,', '"weight": NaN,', 'validate', 2, 'expected a value')
rubric('trailing-comma.json', '"weight": 2,', '"weight": 2,,', 'validate', 2, 'expected a key in double quotes')
rubric('format-2.json', '"format": 1,', '"format": 2,', 'validate', 2, 'format 2 is not supported')
rubric('format-1e300.json', '"format": 1,', '"format": 1e300,', 'validate', 2, 'format 1e+300 is not supported')
rubric('format-fraction.json', '"format": 1,', '"format": 1.5,', 'validate', 2, 'format 1.5 is not supported')
rubric('pass-mark-11.json', '"passMark": 5.5,', '"passMark": 11,', 'validate', 2, 'passMark must be between 1 and 10')
rubric('cap-zero.json', '"cap": 5.4}', '"cap": 0}', 'validate', 2, 'cap must be between 1 and 10')
rubric('guard-unknown-criterion.json', '"criterion": "influence", "cap"', '"criterion": "influense", "cap"', 'validate', 2, 'did you mean `influence`')
rubric('negation-window-zero.json', '"negationWindow": 4,', '"negationWindow": 0,', 'validate', 2, 'negationWindow must be 1 or more')
rubric('negation-window-fraction.json', '"negationWindow": 4,', '"negationWindow": 4.5,', 'validate', 2, 'expected a whole number')
rubric('unknown-key.json', '"passMark": 5.5,', '"passMark": 5.5, "pasMark": 6,', 'validate', 2, 'unknown key `pasMark`')
rubric('long-unknown-key.json', '"passMark": 5.5,', '"passMark": 5.5, "' + 'k' * 20000 + '": 6,', 'validate', 2, 'unknown key `' + 'k' * 60 + '…`')
rubric('scale-one-level.json', '{"value": 1, "label": {"nl": "vaag", "en": "vague"}},\n      {"value": 2, "label": {"nl": "concreet", "en": "concrete"}}', '{"value": 1, "label": {"nl": "vaag", "en": "vague"}}', 'validate', 2, 'expected one level per scale value')
rubric('scale-gap.json', '{"value": 2, "label"', '{"value": 3, "label"', 'validate', 2, 'expected value 2 here, found 3')
rubric('control-character-in-string.json', '"Testrubriek"', '"Test\trubriek"', 'validate', 2, 'a control character')
rubric('lone-surrogate.json', '"Testrubriek"', '"Test\\ud800rubriek"', 'validate', 2, 'a lone surrogate')
write('rubric/empty.json', b'', 'validate', 2, 'the file is empty')
write('rubric/not-json.json', 'dit is geen rubriek\n', 'validate', 2, 'expected a value')
write('rubric/bom-only.json', b'\xef\xbb\xbf', 'validate', 2, 'unexpected end of file')
write('rubric/binary.json', b'\x89PNG\r\n\x1a\n\x00\x00', 'validate', 2, 'expected a value')
write('rubric/utf16.json', '{"format": 1}'.encode('utf-16'), 'validate', 2, 'expected a value')
write('rubric/deep-nesting.json', '[' * 5000 + ']' * 5000, 'validate', 2, 'nesting deeper than')
write('rubric/top-level-list.json', '[1, 2, 3]\n', 'validate', 2, 'expected an object')
write('rubric/criteria-missing.json', '{"format": 1, "id": "x", "version": "1"}\n', 'validate', 2, 'criteria')

# MARK: assessments (command: assessment = `score <sample plan> --assessment`)
assessment = open(os.path.join(HERE, 'base.assessment.json.src'), encoding='utf-8').read()
def broken(name, old, new, code, fragment, count=1):
    assert old in assessment, old
    write('assessment/' + name, assessment.replace(old, new, count), 'assessment', code, fragment)
write('assessment/valid.json', assessment, 'assessment', 0, 'Beoordeeld door bewoners')
broken('level-7.json', '"level": 0,', '"level": 7,', 2, 'has level 7, but the scale of lsa-participatie runs from 0 to 2')
broken('level-fraction.json', '"level": 0,', '"level": 1.5,', 2, 'is 1.5; a level is a whole number')
broken('level-negative.json', '"level": 0,', '"level": -1,', 2, 'levels start at 0')
broken('level-string.json', '"level": 0,', '"level": "twee",', 2, 'expected a whole number')
broken('level-huge.json', '"level": 0,', '"level": 1e300,', 2, 'a level is a whole number')
broken('engine-level-9.json', '"engine_level": 1,', '"engine_level": 9,', 2, 'has engine_level 9')
broken('unknown-criterion.json', '"id": "invloed"', '"id": "verzonnen"', 2, "unknown criterion 'verzonnen'")
broken('duplicate-criterion.json', '"id": "kaders"', '"id": "invloed"', 2, "criterion 'invloed' is judged twice")
broken('bad-date.json', '"date": "2026-05-01"', '"date": "2026-02-30"', 2, "`date` is '2026-02-30', not a day")
broken('date-in-words.json', '"date": "2026-05-01"', '"date": "gisteren"', 2, 'not a day; write it as YYYY-MM-DD')
broken('malformed-plan-sha.json', '"sha256": "32bc', '"sha256": "xyz', 2, '`plan.sha256` is')
broken('short-rubric-sha.json', '"sha256": "@DEFAULT_RUBRIC_SHA256@"', '"sha256": "a6e7"', 2, '`rubric.sha256` is')
broken('engine-grade-99.json', '"engine_grade": 5.4', '"engine_grade": 99', 2, '`engine_grade` is 99')
broken('empty-assessor.json', '"assessor": "Anna"', '"assessor": "  "', 2, '`assessor` is empty')
broken('wrong-type.json', '"type": "participation-scorecard-assessment"', '"type": "iets-anders"', 2, 'not a scorecard assessment')
broken('format-2.json', '"format": 1', '"format": 2', 2, 'assessment format 2 is newer')
broken('criteria-missing.json', '"criteria": [', '"kriteria": [', 2, '`criteria` is missing')
broken('other-rubric.json', '"id": "lsa-participatie"', '"id": "iap2-spectrum"', 2, "uses rubric 'iap2-spectrum'")
write('assessment/truncated.json', assessment[:400], 'assessment', 2, 'not valid JSON: line')
write('assessment/empty.json', b'', 'assessment', 2, 'not valid JSON')
write('assessment/not-json.json', 'Anna vond het een goed plan.\n', 'assessment', 2, 'not valid JSON: line 1, column 1')

# MARK: answers files (command: answers = `assess <sample plan> --answers`)
ANSWERS = 'vroeg -\ninvloed 0 Alleen advies.\nkaders -\nbereik 1\nterugkoppeling -\ngeld -\nuitvoering -\nondersteuning -\nevaluatie -\n'
write('answers/binary.txt', b'\x89PNG\r\n\x1a\n\x00\x00\x00', 'answers', 2, 'geen UTF-8-tekst')
write('answers/utf16.txt', ANSWERS.encode('utf-16'), 'answers', 2, 'geen UTF-8-tekst')
write('answers/level-7.txt', ANSWERS.replace('invloed 0', 'invloed 7'), 'answers', 2, "'7' is geen niveau voor 'invloed'")
write('answers/huge-token.txt', ANSWERS.replace('vroeg -', 'x' * 100000 + ' -'), 'answers', 2, "onbekende vraag '" + 'x' * 60 + "…'")
write('answers/missing-line.txt', ANSWERS.replace('geld -\n', ''), 'answers', 2, "geen regel voor 'geld'")
write('answers/duplicate.txt', ANSWERS + 'geld 1\n', 'answers', 2, "vraag 'geld' is nog een keer beantwoord")
write('answers/valid.txt', ANSWERS, 'answers', 0, 'Bewaard in')

# MARK: plans.csv manifests (command: batch on the folder)
def manifest(name, text, code, fragment):
    write('csv/%s/plans.csv' % name, text, 'batch', code, fragment)
    with open(os.path.join(HERE, 'csv', name, 'plan.md'), 'w', encoding='utf-8') as f:
        f.write(PLAN)
    ROWS[-1] = ('csv/%s' % name,) + ROWS[-1][1:]
manifest('unclosed-quote', 'file;gemeente\nplan.md;"Testdorp\n', 2, 'line 2: a quoted cell that starts here is never closed')
manifest('text-after-quote', 'file;gemeente\nplan.md;"Test"dorp\n', 2, 'line 2: after a closing quote')
manifest('quote-inside-cell', 'file;gemeente\nplan.md;Test"dorp\n', 2, 'line 2: a quote `"` in the middle of a cell')
manifest('bad-year', 'file;gemeente;jaar\nplan.md;Testdorp;twintig\n', 2, "row 2: jaar 'twintig' is not a year")
manifest('unknown-kind', 'file;soort\nplan.md;plannetje\n', 2, "row 2: soort 'plannetje' is unknown")
manifest('no-file-column', 'gemeente;jaar\nTestdorp;2025\n', 2, 'no column `file`')
manifest('listed-twice', 'file;gemeente\nplan.md;A\nplan.md;B\n', 2, 'plan.md is listed twice')
manifest('binary', '\x00\x01\x02', 2, 'plans.csv')
manifest('valid', 'file;gemeente;jaar;soort\nplan.md;Testdorp;2025;wijkactieplan\n', 0, 'Scored 1 of 1 plans')

with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
    f.write('# file\tcommand\texit\tfragment (see MalformedInputTests; regenerate with generate.py)\n')
    for r in ROWS:
        f.write('\t'.join(r) + '\n')
print(len(ROWS), 'cases')
