package gate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Plan is the part of `terraform show -json` plan output (format_version 1.x; Terraform
// >= 1.2 and OpenTofu) the gate reads, as https://developer.hashicorp.com/terraform/internals/json-format
// documents it.
//
// Hand-written, not github.com/hashicorp/terraform-json: it decodes only what the gate reads (tfjson builds every value tree, twice the memory), and tfjson's 0.x-accepting version check and Go-worded errors would need this file's checks anyway.
type Plan struct {
	FormatVersion    string                  `json:"format_version"`
	TerraformVersion string                  `json:"terraform_version"`
	Variables        map[string]PlanVariable `json:"variables"`
	ResourceChanges  []ResourceChange        `json:"resource_changes"`
	Configuration    Configuration           `json:"configuration"`
}

// PlanVariable is a root module variable's value.
type PlanVariable struct {
	Value json.RawMessage `json:"value"`
}

// ResourceChange is one object's planned change. Address carries instance keys
// (module.a["x"].aws_s3_bucket.b[0]).
type ResourceChange struct {
	Address       string `json:"address"`
	ModuleAddress string `json:"module_address"`
	Mode          string `json:"mode"`
	Type          string `json:"type"`
	Name          string `json:"name"`
	Deposed       string `json:"deposed"`
	ProviderName  string `json:"provider_name"`
	Change        Change `json:"change"`
}

// Change is the before and after of one object.
type Change struct {
	Actions   []string        `json:"actions"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
	Importing *Importing      `json:"importing"`
}

// Importing is set when the plan imports the object (Terraform >= 1.5 import blocks).
type Importing struct {
	ID string `json:"id"`
}

// Configuration is the plan's configuration representation.
type Configuration struct {
	ProviderConfig map[string]ProviderConfig `json:"provider_config"`
	RootModule     Module                    `json:"root_module"`
}

// ProviderConfig is a provider block. Its key in Configuration.ProviderConfig is "aws",
// "aws.primary" or, for a block a child module declares itself, "module.legacy:aws"
// (opaqueProviderKey in Terraform's
// https://github.com/hashicorp/terraform/blob/v1.11.4/internal/command/jsonconfig/config.go).
type ProviderConfig struct {
	Name          string                     `json:"name"`
	FullName      string                     `json:"full_name"`
	Alias         string                     `json:"alias"`
	ModuleAddress string                     `json:"module_address"`
	Expressions   map[string]json.RawMessage `json:"expressions"`
}

// Module is a module's configuration; addresses inside it are relative to it.
type Module struct {
	Resources   []ConfigResource          `json:"resources"`
	ModuleCalls map[string]ModuleCall     `json:"module_calls"`
	Variables   map[string]ModuleVariable `json:"variables"`
}

// ModuleVariable is a variable block of a module.
type ModuleVariable struct {
	Default json.RawMessage `json:"default"`
}

// ModuleCall is a module block: its arguments (Expressions) and the called module.
type ModuleCall struct {
	Source      string                     `json:"source"`
	Expressions map[string]json.RawMessage `json:"expressions"`
	Module      Module                     `json:"module"`
}

// ConfigResource is a resource or data block. ProviderConfigKey names the provider
// configuration it is bound to, normalised (Terraform >= 1.2) to the key of the block that
// declares it, however many module calls passed it down (normalizeModuleProviderKeys in the
// same jsonconfig/config.go).
type ConfigResource struct {
	Address           string                     `json:"address"`
	Mode              string                     `json:"mode"`
	Type              string                     `json:"type"`
	Name              string                     `json:"name"`
	ProviderConfigKey string                     `json:"provider_config_key"`
	Expressions       map[string]json.RawMessage `json:"expressions"`
}

// expression is an expression of the configuration representation: a constant, or the
// references it makes (nested blocks are arrays and decode as neither).
type expression struct {
	ConstantValue json.RawMessage `json:"constant_value"`
	References    []string        `json:"references"`
}

func decodeExpression(raw json.RawMessage) (expression, bool) {
	var e expression
	if len(raw) == 0 || raw[0] != '{' {
		return e, false
	}
	if err := json.Unmarshal(raw, &e); err != nil {
		return e, false
	}
	return e, true
}

// stringValue returns a JSON value that is a non-empty string.
func stringValue(raw json.RawMessage) (string, bool) {
	var s string
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	if err := json.Unmarshal(raw, &s); err != nil || s == "" {
		return "", false
	}
	return s, true
}

// attribute returns a string attribute of an object value (change.before / change.after).
func attribute(object json.RawMessage, name string) (string, bool) {
	if len(object) == 0 || object[0] != '{' {
		return "", false
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(object, &m); err != nil {
		return "", false
	}
	return stringValue(m[name])
}

// ErrInput is the class of errors about the input itself (not JSON, not a plan, unsupported
// format version); every one renders as one line.
var ErrInput = errors.New("input")

type inputError struct{ msg string }

func (e *inputError) Error() string        { return e.msg }
func (e *inputError) Is(target error) bool { return target == ErrInput }

func inputErrorf(format string, args ...any) error {
	return &inputError{msg: fmt.Sprintf(format, args...)}
}

// header is what tells a plan from other JSON. It is decoded first, without copying the
// large values: present fields only record that a non-null value is there.
type header struct {
	FormatVersion   json.RawMessage `json:"format_version"`
	ResourceChanges present         `json:"resource_changes"`
	PlannedValues   present         `json:"planned_values"`
	Configuration   *struct {
		RootModule present `json:"root_module"`
	} `json:"configuration"`
}

// present records that a JSON value other than null is there; it keeps nothing of it.
type present bool

func (p *present) UnmarshalJSON(b []byte) error {
	*p = string(b) != "null"
	return nil
}

// ParsePlan reads `terraform show -json` output of a saved plan. It accepts format_version
// 1.x only, and refuses JSON that is not a plan (state or provider schema output, for
// instance) and a plan without a configuration (it could not be checked), with a one-line
// error in plain words.
// The plan format: https://developer.hashicorp.com/terraform/internals/json-format
func ParsePlan(data []byte) (*Plan, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, inputErrorf("the input is empty; want the output of `terraform show -json tfplan`")
	}
	if string(trimmed) == "null" {
		return nil, inputErrorf("the plan is JSON null, not an object; want the output of `terraform show -json tfplan`")
	}
	var h header
	shapeErr := json.Unmarshal(data, &h)
	var te *json.UnmarshalTypeError
	switch {
	case shapeErr == nil:
	case errors.As(shapeErr, &te) && te.Field == "":
		return nil, inputErrorf("the plan is %s, not an object; want the output of `terraform show -json tfplan`", jsonValue(te.Value))
	case !errors.As(shapeErr, &te):
		if more(data, shapeErr) {
			return nil, inputErrorf("the input has more than one JSON value; want the output of `terraform show -json tfplan` alone")
		}
		return nil, inputErrorf("the input is not valid JSON (%s); want the output of `terraform show -json tfplan`", jsonError(shapeErr, data))
	}
	if h.FormatVersion == nil {
		return nil, inputErrorf("the input is not a Terraform plan (no format_version); want the output of `terraform show -json tfplan`")
	}
	version, ok := stringValue(h.FormatVersion)
	if !ok {
		return nil, inputErrorf("the input is not a Terraform plan (format_version is not a string)")
	}
	if major, _, _ := strings.Cut(version, "."); major != "1" {
		return nil, inputErrorf("unsupported plan format_version %q: drguard-plan reads format 1.x (Terraform >= 1.2, OpenTofu)", oneLine(version))
	}
	if shapeErr != nil {
		return nil, inputErrorf("the input is not a well-formed Terraform plan (%s)", jsonError(shapeErr, data))
	}
	if !h.ResourceChanges && !h.PlannedValues {
		return nil, inputErrorf("the input is JSON of format %s but not a plan (no resource_changes or planned_values; state or schema output?); run `terraform show -json` on a saved plan file", oneLine(version))
	}
	if h.Configuration == nil || !h.Configuration.RootModule {
		return nil, inputErrorf("the plan has no configuration (configuration.root_module is missing), so it cannot be checked: the provider of each resource is read from it; give the whole output of `terraform show -json tfplan`")
	}
	var p Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, inputErrorf("the input is not a well-formed Terraform plan (%s)", jsonError(err, data))
	}
	return &p, nil
}

// more tells a syntax error that follows a complete JSON value: the input holds more than one.
func more(data []byte, err error) bool {
	var se *json.SyntaxError
	if !errors.As(err, &se) || se.Offset < 1 || se.Offset > int64(len(data)) {
		return false
	}
	// Offset is just past the offending byte.
	return json.Valid(data[:se.Offset-1])
}

// jsonError renders a JSON decoding error in plain words: where the syntax breaks, or which
// field has the wrong kind of value (never Go type names).
func jsonError(err error, data []byte) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset is just past the offending byte.
		end := min(max(int(se.Offset)-1, 0), len(data))
		line := 1 + bytes.Count(data[:end], []byte("\n"))
		return fmt.Sprintf("%s, line %d", oneLine(strings.TrimPrefix(se.Error(), "json: ")), line)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			field = "the plan"
		}
		return fmt.Sprintf("%s is %s, want %s", oneLine(field), jsonValue(te.Value), jsonKind(te.Type))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "unexpected end of input"
	}
	return oneLine(strings.TrimPrefix(err.Error(), "json: "))
}

// jsonValue names the kind of a JSON value as UnmarshalTypeError reports it ("array",
// "number -1").
func jsonValue(v string) string {
	switch v {
	case "array", "object":
		return "a JSON " + v
	case "bool":
		return "a JSON boolean"
	}
	return "a JSON " + oneLine(v)
}

// jsonKind names the JSON value a Go type decodes from.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another kind of value"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem())
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another kind of value"
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
