package gate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Plan is the part of `terraform show -json` plan output (format_version 1.x; Terraform
// >= 1.2 and OpenTofu) the gate reads.
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
// "aws.primary" or, for a block a child module declares itself, "module.legacy:aws".
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
// declares it, however many module calls passed it down.
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

// ParsePlan reads `terraform show -json` output of a saved plan. It accepts format_version
// 1.x only, and refuses JSON that is not a plan (state or provider schema output, for
// instance), with a one-line error.
func ParsePlan(r io.Reader) (*Plan, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, inputErrorf("the input is empty; want the output of `terraform show -json tfplan`")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var top map[string]json.RawMessage
	if err := dec.Decode(&top); err != nil {
		return nil, inputErrorf("the input is not valid JSON (%s); want the output of `terraform show -json tfplan`", oneLine(jsonError(err, data)))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, inputErrorf("the input has more than one JSON value; want the output of `terraform show -json tfplan` alone")
	}
	if top == nil {
		return nil, inputErrorf("the input is not a JSON object; want the output of `terraform show -json tfplan`")
	}
	rawVersion, ok := top["format_version"]
	if !ok {
		return nil, inputErrorf("the input is not a Terraform plan (no format_version); want the output of `terraform show -json tfplan`")
	}
	version, ok := stringValue(rawVersion)
	if !ok {
		return nil, inputErrorf("the input is not a Terraform plan (format_version is not a string)")
	}
	if major, _, _ := strings.Cut(version, "."); major != "1" {
		return nil, inputErrorf("unsupported plan format_version %q: drguard-plan reads format 1.x (Terraform >= 1.2, OpenTofu)", version)
	}
	_, hasConfig := top["configuration"]
	_, hasChanges := top["resource_changes"]
	_, hasPlanned := top["planned_values"]
	if !hasConfig || !(hasChanges || hasPlanned) {
		return nil, inputErrorf("the input is JSON of format %s but not a plan (no configuration or resource_changes; state or schema output?); run `terraform show -json` on a saved plan file", version)
	}
	var p Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, inputErrorf("the input is not a well-formed Terraform plan (%s)", oneLine(jsonError(err, data)))
	}
	return &p, nil
}

func jsonError(err error, data []byte) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset is just past the offending byte.
		end := min(max(int(se.Offset)-1, 0), len(data))
		line := 1 + bytes.Count(data[:end], []byte("\n"))
		return fmt.Sprintf("%s, line %d", se.Error(), line)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("%s is a JSON %s, want %s", te.Field, te.Value, te.Type)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "unexpected end of input"
	}
	return err.Error()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
